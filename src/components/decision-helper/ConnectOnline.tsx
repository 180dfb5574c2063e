import { connectQuestions, decideConnect, type ConnectAnswers } from '~/lib/connect-online';
import DecisionHelper, { type Props } from './DecisionHelper';

export default function ConnectOnline(props: Pick<Props, 'steps' | 'base'>) {
	return <DecisionHelper {...props} questions={connectQuestions} decide={(answers) => decideConnect(answers as ConnectAnswers)} />;
}
