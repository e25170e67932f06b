import type { SymptomsSection } from '../schema.js';
import { symptomLabels } from './symptom-labels.js';

/**
 * Symptoms for the side-effect checklist.
 *
 * Urgency levels:
 * - `emergency`: get emergency help now.
 * - `call`: call the care team now, day or night.
 * - `visit`: tell the care team within a few days, or at the next visit if that is sooner.
 *
 * When a symptom has `severity`, `urgency` is the level used if the person
 * does not say how bad it is; it is set to the `moderate` level (or higher),
 * so that skipping the question never makes the advice less careful.
 *
 * `levels` holds what differs by therapy (a fever is `call` on checkpoint
 * inhibitors but `emergency` after CAR-T). `combinations` raise symptoms that
 * mean more together. Each carries the `source` its level follows; the table
 * in docs/side-effect-checklist.md is generated from this file
 * (`npx tsx scripts/triage-table.ts`).
 */

const ASCO = 'ASCO guideline: immune-related side effects of checkpoint inhibitors (Schneider et al., J Clin Oncol 2021)';
const NCCN_ICI = 'NCCN Guidelines for Patients: Immune Checkpoint Inhibitor side effects';
const NCCN_CART = 'NCCN Guidelines for Patients: CAR T-cell therapy side effects';
const ASTCT = 'ASTCT consensus grading of CRS and ICANS (Lee et al., Biol Blood Marrow Transplant 2019)';
const BISPECIFIC_PI = 'FDA prescribing information of bispecific T-cell engagers (e.g. teclistamab, epcoritamab, tarlatamab): CRS and ICANS warnings';
const ADRENAL = 'Society for Endocrinology: adrenal crisis and the steroid emergency card';
const UKONS = 'UKONS 24-hour triage tool for people on cancer treatment';
const NHS_HEADACHE = 'NHS: headaches, when to get emergency help';
const NHS_SIGHT = 'NHS: sudden loss of vision is an emergency';
const CART_CARD =
  'FDA-approved CAR-T patient wallet cards and medication guides (e.g. axicabtagene ciloleucel, tisagenlecleucel): signs to report right away';
const SJS = 'ASCO guideline (Schneider et al. 2021): Stevens-Johnson syndrome and toxic epidermal necrolysis';
const MG = 'ASCO guideline (Schneider et al. 2021): myasthenia gravis with breathing or swallowing trouble';

/** A fever after CAR-T or a bispecific antibody; one text for both, so with `therapy="all"` it shows once, labelled with both. */
const crsFever = (source: string) => ({
  urgency: 'emergency' as const,
  advice:
    'Get help now. Call your local emergency number or go to the nearest emergency room. Say which treatment you had. Then call your treatment team. A fever can be the first sign of cytokine release syndrome (CRS). This is when the immune system gets too active all at once, and it can get serious within hours.',
  source: `${ASTCT}; ${source}`,
});

const dizzyAfterCells = {
  urgency: 'emergency' as const,
  severity: { mild: 'call' as const, moderate: 'emergency' as const, severe: 'emergency' as const },
  advice:
    'Lie down and call your treatment team now. After CAR-T or a bispecific antibody, feeling dizzy can mean your blood pressure is low. If it does not pass in a few minutes, or you faint, get emergency help.',
  source: `${ASTCT}; ${NCCN_CART}`,
};

export const symptoms: SymptomsSection = {
  intro: [
    'Tick anything you have noticed since your treatment started. You will see what to do for each one.',
    'Side effects can start at any time. Some start a year or more after treatment ends. Most can be treated, and they are easier to treat when found early. When in doubt, call your care team.',
  ],
  groups: [
    { id: 'general', name: 'General' },
    { id: 'skin', name: 'Skin' },
    { id: 'gut', name: 'Stomach, bowels and liver' },
    { id: 'breathing', name: 'Breathing, chest and heart' },
    { id: 'hormones', name: 'Hormones and energy' },
    { id: 'infusion', name: 'During or soon after an infusion' },
    { id: 'car-t-fever', name: 'Flu-like signs (CAR-T or bispecific antibody)' },
    { id: 'car-t-nervous', name: 'Confusion and other nerve signs (CAR-T or bispecific antibody)' },
  ],
  items: [
    // General
    {
      id: 'fever',
      group: 'general',
      label: symptomLabels.fever,
      hint: 'Check with a thermometer if you feel hot, cold or shivery. After CAR-T or a bispecific antibody, check as often as your team asks, even if you feel fine.',
      therapies: ['checkpoint', 'car-t', 'bispecific'],
      urgency: 'call',
      advice:
        'Call your care team now, even at night. A fever can be a sign of an infection or of your immune system reacting to treatment.',
      source: `${UKONS}; ${NCCN_ICI}`,
      levels: {
        'car-t': crsFever(NCCN_CART),
        bispecific: crsFever(BISPECIFIC_PI),
      },
    },
    {
      id: 'headache',
      group: 'general',
      label: symptomLabels.headache,
      hint: 'Severe means it came on suddenly, it is the worst headache you have ever had, or you also have a stiff neck.',
      therapies: ['checkpoint', 'car-t', 'bispecific'],
      urgency: 'call',
      severity: { mild: 'call', moderate: 'call', severe: 'emergency' },
      advice: [
        'Call your care team now. A headache that will not go away can be a sign that a hormone gland near the brain is swollen.',
        'Get emergency help if it is sudden or severe. Also get emergency help if it comes with a fever, a stiff neck, confusion or a change in your sight.',
      ],
      source: `${ASCO}; ${NHS_HEADACHE}`,
    },
    {
      id: 'joint-muscle-pain',
      group: 'general',
      label: symptomLabels['joint-muscle-pain'],
      hint: 'For example, sore knees, hands or shoulders that were fine before.',
      therapies: ['checkpoint'],
      urgency: 'call',
      severity: { mild: 'visit', moderate: 'call', severe: 'call' },
      advice:
        'If it is mild, tell your care team within a few days, or at your next visit if that is sooner. If it makes daily tasks hard, call them now. Ask before you take any pain medicine.',
      source: ASCO,
    },
    {
      id: 'muscle-weakness-numbness',
      group: 'general',
      label: symptomLabels['muscle-weakness-numbness'],
      hint: 'This includes drooping eyelids, trouble lifting things or trouble walking. Severe means it is hard to breathe, swallow or speak, or you cannot stand.',
      therapies: ['checkpoint'],
      urgency: 'call',
      severity: { mild: 'call', moderate: 'call', severe: 'emergency' },
      advice:
        'Call your care team now. If you have trouble breathing or swallowing, or you cannot stand or walk, get emergency help.',
      source: ASCO,
    },
    {
      id: 'vision-changes',
      group: 'general',
      label: symptomLabels['vision-changes'],
      hint: 'This includes eyes that hurt in bright light.',
      therapies: ['checkpoint'],
      urgency: 'call',
      advice:
        'Call your care team now. Your eyes may need to be checked soon by an eye doctor. If you suddenly cannot see, get emergency help.',
      source: ASCO,
    },
    {
      id: 'vision-loss',
      group: 'general',
      label: symptomLabels['vision-loss'],
      hint: 'In one eye or both. Get help even if your sight comes back after a few minutes.',
      therapies: ['checkpoint', 'car-t', 'bispecific'],
      urgency: 'emergency',
      advice: 'Get emergency help now. Call your local emergency number. Sudden loss of sight needs care within hours.',
      source: `${NHS_SIGHT}; ${ASCO}`,
    },
    {
      id: 'confusion-or-seizure',
      group: 'general',
      label: symptomLabels['confusion-or-seizure'],
      hint: 'Family members may notice this before you do.',
      therapies: ['checkpoint'],
      urgency: 'emergency',
      advice:
        'Get emergency help now. Call your local emergency number. Tell the emergency team you are on immunotherapy.',
      source: ASCO,
    },

    // Skin
    {
      id: 'rash-itch',
      group: 'skin',
      label: symptomLabels['rash-itch'],
      hint: 'Mild means a small area that does not bother you much. Severe means most of your body or it keeps you awake.',
      therapies: ['checkpoint'],
      urgency: 'call',
      severity: { mild: 'visit', moderate: 'call', severe: 'call' },
      advice:
        'If the rash is small and mild, tell your care team within a few days, or at your next visit if that is sooner. Call them now if it spreads, covers a large area or keeps you awake.',
      source: ASCO,
    },
    {
      id: 'blisters-peeling',
      group: 'skin',
      label: symptomLabels['blisters-peeling'],
      hint: 'This is rare, but it can be serious.',
      therapies: ['checkpoint'],
      urgency: 'call',
      severity: { mild: 'call', moderate: 'call', severe: 'emergency' },
      advice:
        'Call your care team now. If it spreads fast, or you also have a fever and feel very ill, get emergency help.',
      source: ASCO,
    },

    // Stomach, bowels and liver
    {
      id: 'diarrhea',
      group: 'gut',
      label: symptomLabels.diarrhea,
      hint: 'Severe means 7 or more extra bowel movements a day, or you feel faint or very thirsty.',
      therapies: ['checkpoint', 'car-t'],
      urgency: 'call',
      severity: { mild: 'call', moderate: 'call', severe: 'emergency' },
      advice:
        'Call your care team now, even if it is mild. Do not take anti-diarrhea medicine unless they tell you to. Drink plenty of fluids. If it is severe, get emergency help.',
      source: `${ASCO}; ${UKONS}`,
    },
    {
      id: 'belly-pain-or-blood',
      group: 'gut',
      label: symptomLabels['belly-pain-or-blood'],
      hint: 'Mucus is a clear or white slime.',
      therapies: ['checkpoint'],
      urgency: 'call',
      severity: { mild: 'call', moderate: 'call', severe: 'emergency' },
      advice:
        'Call your care team now. If the pain is very bad or you are losing a lot of blood, get emergency help.',
      source: ASCO,
    },
    {
      id: 'nausea-vomiting',
      group: 'gut',
      label: symptomLabels['nausea-vomiting'],
      hint: 'Severe means you cannot keep drinks down.',
      therapies: ['checkpoint', 'car-t'],
      urgency: 'call',
      severity: { mild: 'visit', moderate: 'call', severe: 'emergency' },
      advice: [
        'If it is mild, tell your care team within a few days, or at your next visit if that is sooner. If it lasts more than a day, call them now.',
        'If you cannot keep drinks down, get emergency help. You may be losing too much fluid. It can also be a sign of a serious sugar or hormone problem.',
      ],
      source: `${UKONS}; ${ADRENAL}; ${ASCO}`,
      levels: {
        'car-t': {
          urgency: 'call',
          severity: { mild: 'call', moderate: 'call', severe: 'emergency' },
          advice:
            'Call your treatment team now. After CAR-T, this can be a sign of cytokine release syndrome (CRS) or an infection. If you cannot keep drinks down, get emergency help.',
          source: `${CART_CARD}; ${NCCN_CART}`,
        },
      },
    },
    {
      id: 'yellow-skin-or-eyes',
      group: 'gut',
      label: symptomLabels['yellow-skin-or-eyes'],
      hint: 'These can be signs that your liver is inflamed.',
      therapies: ['checkpoint'],
      urgency: 'call',
      advice: 'Call your care team now. You will likely need a blood test to check your liver.',
      source: ASCO,
    },

    // Breathing, chest and heart
    {
      id: 'cough-or-short-of-breath',
      group: 'breathing',
      label: symptomLabels['cough-or-short-of-breath'],
      hint: 'Severe means you are short of breath while resting or talking.',
      therapies: ['checkpoint'],
      urgency: 'call',
      severity: { mild: 'call', moderate: 'call', severe: 'emergency' },
      advice:
        'Call your care team now. Your lungs may be inflamed, and this is easier to treat early. If it is very hard to breathe, get emergency help.',
      source: ASCO,
    },
    {
      id: 'chest-pain-or-heartbeat',
      group: 'breathing',
      label: symptomLabels['chest-pain-or-heartbeat'],
      hint: 'This includes a heart that races while you are resting. Do not wait to see if it goes away.',
      therapies: ['checkpoint', 'car-t', 'bispecific'],
      urgency: 'emergency',
      advice:
        'Get emergency help now. Call your local emergency number. Tell the team which treatment you are on.',
      source: `${ASCO}; ${NCCN_CART}`,
    },

    // Hormones and energy
    {
      id: 'tiredness',
      group: 'hormones',
      label: symptomLabels.tiredness,
      hint: 'Severe means you cannot do your usual daily tasks or you stay in bed most of the day.',
      therapies: ['checkpoint', 'car-t'],
      urgency: 'call',
      severity: { mild: 'visit', moderate: 'call', severe: 'call' },
      advice:
        'Mild tiredness is common. Tell your care team within a few days, or at your next visit if that is sooner. If it is new and strong, or getting worse, call them now. It can be a sign of a hormone problem that a blood test can find.',
      source: ASCO,
      levels: {
        'car-t': {
          urgency: 'call',
          severity: { mild: 'call', moderate: 'call', severe: 'emergency' },
          advice:
            'Call your treatment team now. After CAR-T, feeling very tired or weak can be a sign of cytokine release syndrome (CRS) or an infection. If you can hardly get out of bed, get emergency help.',
          source: `${CART_CARD}; ${NCCN_CART}`,
        },
      },
    },
    {
      id: 'thirst-and-peeing',
      group: 'hormones',
      label: symptomLabels['thirst-and-peeing'],
      hint: 'These can be signs of high blood sugar.',
      therapies: ['checkpoint'],
      urgency: 'call',
      severity: { mild: 'call', moderate: 'call', severe: 'emergency' },
      advice:
        'Call your care team now. If you are also throwing up, breathing fast or feeling confused, get emergency help.',
      source: ASCO,
    },
    {
      id: 'dizzy-or-faint',
      group: 'hormones',
      label: symptomLabels['dizzy-or-faint'],
      hint: 'Severe means you fainted or nearly fainted.',
      therapies: ['checkpoint', 'car-t', 'bispecific'],
      urgency: 'call',
      severity: { mild: 'call', moderate: 'call', severe: 'emergency' },
      advice: 'Sit or lie down and call your care team now. If you fainted, get emergency help.',
      source: `${ASCO}; ${ADRENAL}`,
      levels: { 'car-t': dizzyAfterCells, bispecific: { ...dizzyAfterCells, source: `${ASTCT}; ${BISPECIFIC_PI}` } },
    },
    {
      id: 'hot-cold-weight-changes',
      group: 'hormones',
      label: symptomLabels['hot-cold-weight-changes'],
      hint: 'Feeling shaky, nervous or low in mood can go with this.',
      therapies: ['checkpoint'],
      urgency: 'call',
      severity: { mild: 'visit', moderate: 'call', severe: 'call' },
      advice: [
        'These can be signs of a thyroid problem. The thyroid is a gland in your neck that controls how fast your body uses energy. A blood test can find the problem.',
        'If it is mild, tell your care team within a few days, or at your next visit if that is sooner. If it bothers you a lot, call them now.',
      ],
      source: ASCO,
    },

    // During or soon after an infusion
    {
      id: 'infusion-reaction',
      group: 'infusion',
      label: symptomLabels['infusion-reaction'],
      hint: 'Flushing means your face feels red and warm. An infusion is a drip into a vein.',
      therapies: ['checkpoint'],
      urgency: 'call',
      advice:
        'Tell your nurse right away. They can slow or stop the drip and give you medicine. If it starts after you get home, call your care team now.',
      source: ASCO,
    },
    {
      id: 'infusion-swelling-or-wheezing',
      group: 'infusion',
      label: symptomLabels['infusion-swelling-or-wheezing'],
      hint: 'This can be a serious allergic reaction.',
      therapies: ['checkpoint'],
      urgency: 'emergency',
      advice:
        'If you are still at the clinic, tell the nurse at once. If you are at home, get emergency help now by calling your local emergency number.',
      source: ASCO,
    },

    // CAR-T and bispecific antibodies: flu-like signs of cytokine release syndrome
    {
      id: 'car-t-chills-aches',
      group: 'car-t-fever',
      label: symptomLabels['car-t-chills-aches'],
      hint: 'It may feel like the flu. Check your temperature too.',
      therapies: ['car-t', 'bispecific'],
      urgency: 'emergency',
      advice:
        'Get help now. Call your local emergency number or go to the nearest emergency room, and say which treatment you had. Then call your treatment team. These can be early signs of cytokine release syndrome (CRS), which can get serious within hours.',
      source: `${ASTCT}; ${NCCN_CART}; ${BISPECIFIC_PI}`,
    },
    {
      id: 'car-t-breathing',
      group: 'car-t-fever',
      label: symptomLabels['car-t-breathing'],
      hint: 'This includes feeling short of breath while you rest.',
      therapies: ['car-t', 'bispecific'],
      urgency: 'emergency',
      advice:
        'Get emergency help now. Call your local emergency number and tell them which treatment you had.',
      source: `${ASTCT}; ${NCCN_CART}`,
    },
    {
      id: 'car-t-infection',
      group: 'car-t-fever',
      label: symptomLabels['car-t-infection'],
      hint: 'After CAR-T or a bispecific antibody, you may have fewer of the cells that fight germs for months.',
      therapies: ['car-t', 'bispecific'],
      urgency: 'call',
      advice: 'Call your treatment team now. Infections can get worse quickly after this treatment.',
      source: `${NCCN_CART}; ${BISPECIFIC_PI}`,
    },

    // CAR-T and bispecific antibodies: nervous-system signs (ICANS)
    {
      id: 'car-t-confusion',
      group: 'car-t-nervous',
      label: symptomLabels['car-t-confusion'],
      hint: 'Your caregiver may notice this before you do.',
      therapies: ['car-t', 'bispecific'],
      urgency: 'emergency',
      advice:
        'Get emergency help now. Call your local emergency number or go to the nearest emergency room, and tell them which treatment you had. Then let your treatment team know.',
      source: `${ASTCT}; ${NCCN_CART}; ${BISPECIFIC_PI}`,
    },
    {
      id: 'car-t-speech-writing',
      group: 'car-t-nervous',
      label: symptomLabels['car-t-speech-writing'],
      hint: 'Your team may ask you to write a short sentence each day to check your handwriting.',
      therapies: ['car-t', 'bispecific'],
      urgency: 'emergency',
      advice:
        'Get emergency help now and tell them which treatment you had. These signs often get better with quick treatment.',
      source: `${ASTCT}; ${NCCN_CART}; ${BISPECIFIC_PI}`,
    },
    {
      id: 'car-t-shaking-seizure',
      group: 'car-t-nervous',
      label: symptomLabels['car-t-shaking-seizure'],
      hint: 'A seizure is sudden jerking of the body or staring and not responding.',
      therapies: ['car-t', 'bispecific'],
      urgency: 'emergency',
      advice:
        'Get emergency help now by calling your local emergency number. During a seizure, do not put anything in the mouth. Turn the person onto their side.',
      source: `${ASTCT}; ${NCCN_CART}; ${BISPECIFIC_PI}`,
    },
    {
      id: 'car-t-very-sleepy',
      group: 'car-t-nervous',
      label: symptomLabels['car-t-very-sleepy'],
      hint: 'This is more than normal tiredness.',
      therapies: ['car-t', 'bispecific'],
      urgency: 'emergency',
      advice:
        'Get emergency help now. Call your local emergency number and tell them which treatment the person had.',
      source: `${ASTCT}; ${NCCN_CART}; ${BISPECIFIC_PI}`,
    },
    {
      id: 'car-t-late-nerve-signs',
      group: 'car-t-nervous',
      label: symptomLabels['car-t-late-nerve-signs'],
      hint: 'These can start weeks or even months after treatment.',
      therapies: ['car-t'],
      urgency: 'call',
      severity: { mild: 'call', moderate: 'call', severe: 'emergency' },
      advice:
        'Call your treatment team now. If it comes on suddenly or you cannot move part of your body, get emergency help.',
      source: NCCN_CART,
    },
  ],
  combinations: [
    {
      id: 'headache-warning-signs',
      when: {
        all: ['headache'],
        any: ['fever', 'vision-changes', 'vision-loss', 'confusion-or-seizure', 'car-t-confusion', 'car-t-speech-writing', 'car-t-very-sleepy'],
      },
      level: 'emergency',
      explanation:
        'A headache with a fever, a change in your sight or confusion can be a sign of swelling in or around the brain.',
      advice: 'Get emergency help now. Call your local emergency number.',
      source: `${NHS_HEADACHE}; ${ASCO}`,
    },
    {
      id: 'pituitary',
      when: { all: ['headache', 'vision-changes', 'tiredness'] },
      level: 'emergency',
      therapies: ['checkpoint'],
      explanation:
        'A headache with changes in your sight and tiredness can mean the pituitary gland is swollen. This small gland under the brain controls many of your hormones.',
      advice: 'Get emergency help now. Call your local emergency number and say that you are on immunotherapy.',
      source: ASCO,
    },
    {
      id: 'adrenal-crisis',
      when: { all: ['tiredness', 'dizzy-or-faint', 'nausea-vomiting'] },
      level: 'emergency',
      therapies: ['checkpoint'],
      explanation:
        'Tiredness, dizziness and throwing up together can mean your body is very short of cortisol. This hormone keeps your blood pressure and blood sugar up. Running out of it is called an adrenal crisis.',
      advice:
        'Get emergency help now. If you take steroids (hormone pills such as hydrocortisone) and have an emergency shot, use it as you were shown. Show your steroid emergency card.',
      source: `${ADRENAL}; ${ASCO}`,
    },
    {
      id: 'high-sugar-and-vomiting',
      when: { all: ['thirst-and-peeing', 'nausea-vomiting'] },
      level: 'emergency',
      therapies: ['checkpoint'],
      explanation:
        'Very high blood sugar with throwing up can be diabetic ketoacidosis (DKA). This is when the body cannot use sugar and makes acids instead.',
      advice: 'Get emergency help now. Call your local emergency number.',
      source: ASCO,
    },
    {
      id: 'blisters-and-fever',
      when: { all: ['blisters-peeling'], any: ['fever'] },
      level: 'emergency',
      explanation:
        'Blisters or peeling skin with a fever can be a rare but serious skin reaction. It needs care in hospital right away.',
      advice: 'Get emergency help now. Call your local emergency number.',
      source: SJS,
    },
    {
      id: 'weakness-and-breathing',
      when: { all: ['muscle-weakness-numbness'], any: ['cough-or-short-of-breath'] },
      level: 'emergency',
      explanation:
        'New weakness with a cough or shortness of breath can mean the muscles you breathe with are getting weak. This can get worse within hours.',
      advice: 'Get emergency help now. Call your local emergency number.',
      source: MG,
    },
  ],
  notListed: [
    'Some side effects are not on this list. Call your care team now about anything new or anything that worries you. For example:',
    {
      list: [
        'Peeing less than usual, or dark pee',
        'Swollen ankles or legs',
        'Bruising or bleeding easily',
        'Any other new symptom',
      ],
    },
  ],
};
