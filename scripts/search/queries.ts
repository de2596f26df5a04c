// The 50 fixed queries the benchmark times: whole words, stems, partial words as they are typed,
// one-typo words, several words, glossary terms and numbers.
export const BENCH_QUERIES = [
  'trauma', 'grounding', 'interpreter', 'interpreters', 'safety plan', 'suicide', 'suicide risk', 'hotline', '988',
  'visa', 'T visa', 'confidentiality', 'consent', 'mandated reporting', 'coercion', 'debt bondage', 'labor trafficking',
  'sex trafficking', 'dissociation', 'hypervigilance', 'complex trauma', 'burnout', 'compassion fatigue',
  'vicarious trauma', 'self-care', 'cultural humility', 'CLAS standards', 'language access', 'warm referral',
  'survivor leadership', 'task force', 'immigration fear', 'minors', 'record relief', 'HIPAA', 'substance use',
  'sleep problems', 'panic', 'shame', 'trust', 'tra', 'traum', 'recogniz', 'interp', 'dissoc', 'trama', 'intepreter',
  'confidentiallity', 'how do I ask about suicide', 'what to say when someone is overwhelmed',
] as const;
