// `npm run report:content`: words, sections and Flesch-Kincaid grade of each module's prose,
// as a Markdown table for the README.
import { readCourse } from '../src/lib/content/readCourse';
import { proseFromMdx, readability } from '../src/lib/content/readability';

const course = readCourse(process.cwd(), []);
const rows = course.modules
  .map((m) => ({ m, r: readability(proseFromMdx(m.body)), sections: [...m.body.matchAll(/^##\s/gm)].length }))
  .sort((a, b) => (a.m.data as { order: number }).order - (b.m.data as { order: number }).order);
console.log('| module | words | sections | words per sentence | grade (Flesch-Kincaid) |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const { m, r, sections } of rows) {
  console.log(`| ${m.slug} | ${r.words} | ${sections} | ${(r.words / r.sentences).toFixed(1)} | ${r.grade.toFixed(1)} |`);
}
const total = rows.reduce((s, x) => s + x.r.words, 0);
console.log(`\n${rows.length} modules, ${total} words in all.`);
