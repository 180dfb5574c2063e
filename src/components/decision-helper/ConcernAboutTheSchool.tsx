import { decideConcern, type ConcernAnswers } from '~/lib/concern-about-the-school';
import DecisionHelper, { type Props } from './DecisionHelper';

export default function ConcernAboutTheSchool(props: Pick<Props, 'questions' | 'steps' | 'base'>) {
	return <DecisionHelper {...props} decide={(answers) => decideConcern(answers as ConcernAnswers)} />;
}
