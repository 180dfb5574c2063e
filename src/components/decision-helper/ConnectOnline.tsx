import { decideConnect, type ConnectAnswers } from '~/lib/connect-online';
import DecisionHelper, { type Props } from './DecisionHelper';

export default function ConnectOnline(props: Pick<Props, 'questions' | 'steps' | 'base'>) {
	return <DecisionHelper {...props} decide={(answers) => decideConnect(answers as ConnectAnswers)} />;
}
