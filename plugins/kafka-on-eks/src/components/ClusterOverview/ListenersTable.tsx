import { CopyTextButton } from '@backstage/core-components';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { KafkaListenerView } from '@kafka-on-eks/plugin-kafka-on-eks-common';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** Bootstrap servers per listener, each with a copy button. */
export function ListenersTable(props: { listeners: KafkaListenerView[] }) {
  const { listeners } = props;
  if (listeners.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No listeners reported yet.
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label="Listeners">
      <TableHead>
        <TableRow>
          <TableCell>Listener</TableCell>
          <TableCell>Type</TableCell>
          <TableCell>TLS</TableCell>
          <TableCell>Bootstrap servers</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {listeners.map(listener => (
          <TableRow key={listener.name}>
            <TableCell style={NO_WRAP}>{listener.name}</TableCell>
            <TableCell style={NO_WRAP}>{listener.type ?? '—'}</TableCell>
            <TableCell style={NO_WRAP}>{listener.tls ? 'yes' : 'no'}</TableCell>
            <TableCell>
              {listener.bootstrapServers ? (
                <>
                  <code style={{ wordBreak: 'break-all' }}>
                    {listener.bootstrapServers}
                  </code>
                  <CopyTextButton
                    text={listener.bootstrapServers}
                    aria-label={`Copy the ${listener.name} bootstrap servers`}
                    tooltipText="Bootstrap servers copied"
                  />
                </>
              ) : (
                // Strimzi fills the address once the listener's services exist.
                <Typography variant="body2" color="textSecondary">
                  not created yet
                </Typography>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
