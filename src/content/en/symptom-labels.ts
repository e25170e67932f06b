/**
 * The names of the built-in symptoms, by id. The checklist shows them with their advice (`symptoms.ts` takes its
 * labels from here); the explorer names a therapy's side effects with them alone, so a page that shows only the
 * explorer does not carry the checklist's advice (see `symptomNamesSection` in `../sections.ts`).
 */
export const symptomLabels = {
  fever: 'A temperature of 100.4°F (38°C) or higher',
  headache: 'A headache that will not go away or feels different from your usual headaches',
  'joint-muscle-pain': 'New pain, swelling or stiffness in your joints or muscles',
  'muscle-weakness-numbness': 'New weakness, numbness or tingling in your arms, legs, hands or feet',
  'vision-changes': 'Blurry or double vision, eye pain, or red eyes',
  'vision-loss': 'Sudden loss of sight, or a dark or blank patch in what you see',
  'confusion-or-seizure': 'Confusion, a seizure, or a sudden change in how you think or act',
  'rash-itch': 'A rash or itchy skin',
  'blisters-peeling': 'Blisters or peeling skin, or sores in your mouth, eyes or private parts',
  diarrhea: 'Diarrhea or more bowel movements than usual',
  'belly-pain-or-blood': 'Belly pain, or blood or mucus in your stool, or black stools',
  'nausea-vomiting': 'Feeling sick to your stomach, throwing up, or not wanting to eat',
  'yellow-skin-or-eyes': 'Yellow skin or yellow whites of the eyes, or dark pee the color of tea',
  'cough-or-short-of-breath': 'A new or worse cough, or feeling short of breath',
  'chest-pain-or-heartbeat': 'Chest pain or pressure, or a racing or uneven heartbeat',
  tiredness: 'Feeling more tired or weak than usual',
  'thirst-and-peeing': 'Feeling very thirsty, peeing much more than usual, or breath that smells fruity',
  'dizzy-or-faint': 'Feeling dizzy or lightheaded, or fainting',
  'hot-cold-weight-changes': 'Feeling much too hot or too cold, sweating, or gaining or losing weight without trying',
  'infusion-reaction': 'Chills, fever, flushing, itching, a rash or hives during or soon after an infusion',
  'infusion-swelling-or-wheezing': 'Swelling of your lips, face, tongue or throat, or wheezing or trouble breathing',
  'car-t-chills-aches': 'Chills, shaking with cold, or body aches',
  'car-t-breathing': 'Trouble breathing, or breathing much faster than usual',
  'car-t-infection': 'Signs of infection, such as a sore throat, a cough, burning when you pee, or redness or pus near your IV line',
  'car-t-confusion': 'Confusion, not knowing where you are, or acting unlike yourself',
  'car-t-speech-writing': 'Trouble speaking, finding words, understanding others, or writing',
  'car-t-shaking-seizure': 'Shaking or twitching you cannot control, or a seizure',
  'car-t-very-sleepy': 'Being very sleepy or hard to wake up',
  'car-t-late-nerve-signs': 'A weak or drooping face, numbness, or slower or stiffer movements',
} as const;
