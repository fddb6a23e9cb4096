import {
  formatMoney,
  type KafkaSizing,
  type MonthlyEbsCost,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';

const number = (value: number) =>
  new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value);

/**
 * The recommendation, one row per output with its reason, and what the
 * brokers as they stand in the form cost.
 */
export function SizingRecommendation(props: {
  sizing: KafkaSizing;
  chosenCost?: MonthlyEbsCost;
}) {
  const { sizing, chosenCost } = props;
  const gp3 = sizing.gp3Performance.value;
  const cost = sizing.monthlyCost.value;
  const rows: Array<[string, string, string]> = [
    [
      'Recommended brokers',
      String(sizing.brokers.value),
      sizing.brokers.reason,
    ],
    [
      'Volume per broker',
      `${number(sizing.volumeSizeGi.value)} GiB`,
      sizing.volumeSizeGi.reason,
    ],
    ['Volume type', sizing.storageClass.value, sizing.storageClass.reason],
    [
      'gp3 IOPS and throughput',
      `${number(gp3.iops)} IOPS, ${number(gp3.throughputMiBps)} MiB/s`,
      sizing.gp3Performance.reason,
    ],
    [
      'Monthly EBS cost',
      formatMoney(cost.total, cost.currency),
      sizing.monthlyCost.reason,
    ],
    [
      'Kinesis Data Streams (comparison only)',
      `${number(sizing.kinesisComparison.value.shards)} shards`,
      sizing.kinesisComparison.reason,
    ],
  ];
  return (
    <>
      <Table size="small" aria-label="Sizing recommendation">
        <TableBody>
          {rows.map(([name, value, reason]) => (
            <TableRow key={name}>
              {/* MUI gives a body <th> role "cell"; say what it is. */}
              <TableCell component="th" scope="row" role="rowheader">
                {name}
              </TableCell>
              <TableCell>
                <strong>{value}</strong>
              </TableCell>
              <TableCell>
                <Typography variant="caption">{reason}</Typography>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="caption" color="textSecondary" component="p">
        EBS limits per volume: {sizing.ebsLimits.reason}.
      </Typography>
      {chosenCost && (
        <Typography variant="body2" component="p">
          Monthly EBS cost of the brokers below:{' '}
          <strong>{formatMoney(chosenCost.total, chosenCost.currency)}</strong>{' '}
          at {chosenCost.region} prices
        </Typography>
      )}
    </>
  );
}
