// What the header's progress indicator measures against, fetched only by a browser that has
// progress to show, so pages carry none of it.
import type { APIRoute } from 'astro';
import { getOutline } from '../data/outline';

export const GET: APIRoute = async () => new Response(JSON.stringify(await getOutline()), { headers: { 'Content-Type': 'application/json' } });
