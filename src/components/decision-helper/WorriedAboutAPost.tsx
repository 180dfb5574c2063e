import { decideWorried, worriedQuestions, type WorriedAnswers } from '~/lib/worried-about-a-post';
import DecisionHelper, { type Props } from './DecisionHelper';

export default function WorriedAboutAPost(props: Pick<Props, 'steps' | 'base'>) {
	return <DecisionHelper {...props} questions={worriedQuestions} decide={(answers) => decideWorried(answers as WorriedAnswers)} />;
}
