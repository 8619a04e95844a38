// The components MDX content renders with: headings with shared-id anchors, scrollable
// tables and code blocks, the callouts authors may use without an import (<Note>,
// <Misconception>, <Changed>), and glossary term links.
import Heading2 from './Heading2.astro';
import Heading3 from './Heading3.astro';
import Note from './Note.astro';
import Misconception from './Misconception.astro';
import Changed from './Changed.astro';
import GlossaryTerm from './GlossaryTerm.astro';
import ScrollTable from './ScrollTable.astro';
import CodeBlock from './CodeBlock.astro';

export const contentComponents = {
	h2: Heading2,
	h3: Heading3,
	table: ScrollTable,
	pre: CodeBlock,
	Note,
	Misconception,
	Changed,
	GlossaryTerm,
};
