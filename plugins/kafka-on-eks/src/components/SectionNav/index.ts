export { SectionNav, type TabSection } from './SectionNav';
