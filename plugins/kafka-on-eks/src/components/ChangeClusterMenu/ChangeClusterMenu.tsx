import { stringifyEntityRef } from '@backstage/catalog-model';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  CHANGE_TEMPLATE_NAME,
  CLUSTER_CHANGE_KINDS,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import Button from '@material-ui/core/Button';
import ListItemText from '@material-ui/core/ListItemText';
import Menu from '@material-ui/core/Menu';
import MenuItem from '@material-ui/core/MenuItem';
import { useState } from 'react';
import { createChangeTemplateRouteRef } from '../../routes';
import { clusterChangeLink } from './clusterChangeLink';

/** The change template's page, or nothing while the route is unbound. */
export function useChangeTemplatePage(): string | undefined {
  const templateRoute = useRouteRef(createChangeTemplateRouteRef);
  return templateRoute?.({
    namespace: 'default',
    templateName: CHANGE_TEMPLATE_NAME,
  });
}

/**
 * "Change this cluster": each day-2 change, opening the change template
 * with this entity picked. Hidden when the app has not bound the plugin's
 * `createChangeTemplate` route to the scaffolder.
 */
export function ChangeClusterMenu() {
  const { entity } = useEntity();
  const templatePage = useChangeTemplatePage();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  if (!templatePage) return null;
  const entityRef = stringifyEntityRef(entity);

  return (
    <>
      <Button
        variant="outlined"
        color="primary"
        aria-haspopup="true"
        aria-controls="kafka-on-eks-change-menu"
        onClick={event => setAnchor(event.currentTarget)}
      >
        Change this cluster
      </Button>
      <Menu
        id="kafka-on-eks-change-menu"
        anchorEl={anchor}
        keepMounted
        open={Boolean(anchor)}
        onClose={() => setAnchor(null)}
      >
        {CLUSTER_CHANGE_KINDS.map(({ kind, title, description }) => (
          <MenuItem
            key={kind}
            component={Link}
            to={clusterChangeLink(templatePage, entityRef, kind)}
            onClick={() => setAnchor(null)}
          >
            <ListItemText primary={title} secondary={description} />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
