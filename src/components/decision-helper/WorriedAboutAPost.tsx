import { decideWorried, type WorriedAnswers } from '~/lib/worried-about-a-post';
import DecisionHelper, { type Props } from './DecisionHelper';

export default function WorriedAboutAPost(props: Pick<Props, 'questions' | 'steps' | 'base'>) {
	return <DecisionHelper {...props} decide={(answers) => decideWorried(answers as WorriedAnswers)} />;
}
