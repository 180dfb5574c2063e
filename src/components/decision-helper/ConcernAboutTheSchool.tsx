import { concernQuestions, decideConcern, type ConcernAnswers } from '~/lib/concern-about-the-school';
import DecisionHelper, { type Props } from './DecisionHelper';

export default function ConcernAboutTheSchool(props: Pick<Props, 'steps' | 'base'>) {
	return <DecisionHelper {...props} questions={concernQuestions} decide={(answers) => decideConcern(answers as ConcernAnswers)} />;
}
