// The components MDX content renders with: headings with shared-id anchors, scrollable
// tables, the <Note> callout authors may use without an import, and glossary term links.
import Heading2 from './Heading2.astro';
import Heading3 from './Heading3.astro';
import Note from './Note.astro';
import GlossaryTerm from './GlossaryTerm.astro';
import ScrollTable from './ScrollTable.astro';

export const contentComponents = {
	h2: Heading2,
	h3: Heading3,
	table: ScrollTable,
	Note,
	GlossaryTerm,
};
