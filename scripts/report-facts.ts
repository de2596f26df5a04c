// `npm run report:facts`: which facts in the register (content/facts.yaml) are due for review.
// It never fails on a date (a build must not break because time passed); it fails only when the
// register itself cannot be read. `--today YYYY-MM-DD` reports as of another day.
import { readCourse } from '../src/lib/content/readCourse';
import { FactsFileSchema } from '../src/schemas/facts';
import { factsDue } from '../src/lib/facts/resolve';
import { formatProblems, problemsFromZod } from '../src/schemas/problems';

const at = process.argv.indexOf('--today');
const today = at > 0 ? process.argv[at + 1] : new Date().toISOString().slice(0, 10);
const { facts: file } = readCourse(process.cwd(), []);
const parsed = FactsFileSchema.safeParse(file.data);
if (!parsed.success) {
  console.error(formatProblems(problemsFromZod(file.file, file.data, parsed.error)));
  process.exit(1);
}
const facts = parsed.data;
const due = factsDue(facts, today);
const soon = factsDue(facts, new Date(Date.parse(today) + 60 * 86_400_000).toISOString().slice(0, 10)).filter((f) => !due.includes(f));

console.log(`${facts.length} facts in ${file.file}, as of ${today}: ${due.length} past their review-by date, ${soon.length} due within 60 days.`);
for (const [title, list] of [['Past review-by: check each against its source, then update value, checked and reviewBy', due], ['Due within 60 days', soon]] as const) {
  if (!list.length) continue;
  console.log(`\n${title}:`);
  for (const f of list) {
    console.log(`- ${f.id} (${f.kind}): "${f.value}" — checked ${f.checked}, review by ${f.reviewBy}`);
    for (const s of f.sources) console.log(`    ${s.publisher}: ${s.title} <${s.url}>`);
  }
}
