import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import Box from '@material-ui/core/Box';
import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';

/** A part of the tab a user can link to, as `#<id>`. */
export interface TabSection {
  id: string;
  title: string;
}

/**
 * Links to the tab's sections, as `#<id>` anchors on the tab's own URL.
 * Anchors rather than sub-routes: the tab stays one page on-call engineers
 * can scroll and search, the same in the legacy and the new frontend system
 * (no extra route refs or nested routes under the entity layout), and a link
 * like `.../kafka#consumer-groups` still works.
 */
export function SectionNav(props: { sections: TabSection[] }) {
  const { hash } = useLocation();
  // The sections render after the view arrives, so the browser's own jump
  // to the hash on load finds nothing: jump once they are there.
  useEffect(() => {
    const id = decodeURIComponent(hash.replace(/^#/, ''));
    if (!id) return;
    document.getElementById(id)?.scrollIntoView?.();
  }, [hash]);
  return (
    <Box
      component="nav"
      aria-label="Sections of the Kafka tab"
      display="flex"
      flexWrap="wrap"
      style={{ gap: 16 }}
    >
      {props.sections.map(section => (
        <Typography key={section.id} variant="body2">
          <Link href={`#${section.id}`}>{section.title}</Link>
        </Typography>
      ))}
    </Box>
  );
}
