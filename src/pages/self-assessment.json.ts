// What the progress page, the certificate and the import check read confidence ratings against:
// the competencies in course order and which statements belong to each (no statement texts).
import type { APIRoute } from 'astro';
import { getSelfAssessmentOutline } from '../data/selfAssessment';

export const GET: APIRoute = async () => new Response(JSON.stringify(await getSelfAssessmentOutline()), { headers: { 'Content-Type': 'application/json' } });
