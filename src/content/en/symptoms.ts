import type { SymptomsSection } from '../schema.js';

/**
 * Symptoms for the side-effect checklist.
 *
 * Urgency levels:
 * - `emergency`: get emergency help now.
 * - `call`: call the care team now, day or night.
 * - `visit`: tell the care team at the next visit.
 *
 * When a symptom has `severity`, `urgency` is the level used if the person
 * does not say how bad it is; it is set to the `moderate` level (or higher),
 * so that skipping the question never makes the advice less careful.
 */
export const symptoms: SymptomsSection = {
  intro: [
    'Tick anything you have noticed since your treatment started. You will see what to do for each one.',
    'Side effects can start at any time, even months after your last treatment. Most can be treated, and they are easier to treat when found early. When in doubt, call your care team.',
  ],
  groups: [
    { id: 'general', name: 'General' },
    { id: 'skin', name: 'Skin' },
    { id: 'gut', name: 'Stomach, bowels and liver' },
    { id: 'breathing', name: 'Breathing, chest and heart' },
    { id: 'hormones', name: 'Hormones and energy' },
    { id: 'infusion', name: 'During or soon after an infusion' },
    { id: 'car-t-fever', name: 'Fever and flu-like signs (CAR-T)' },
    { id: 'car-t-nervous', name: 'Confusion and other nervous-system signs (CAR-T)' },
  ],
  items: [
    // General
    {
      id: 'fever',
      group: 'general',
      label: 'A temperature of 100.4°F (38°C) or higher',
      hint: 'Check with a thermometer if you feel hot, cold or shivery.',
      therapies: ['checkpoint'],
      urgency: 'call',
      advice:
        'Call your care team now, even at night. A fever can be a sign of an infection or of your immune system reacting to treatment.',
    },
    {
      id: 'joint-muscle-pain',
      group: 'general',
      label: 'New pain, swelling or stiffness in your joints or muscles',
      hint: 'For example, sore knees, hands or shoulders that were fine before.',
      therapies: ['checkpoint'],
      urgency: 'call',
      severity: { mild: 'visit', moderate: 'call', severe: 'call' },
      advice:
        'If it is mild, tell your care team at your next visit. If it makes daily tasks hard, call them today. Ask before you take any pain medicine.',
    },
    {
      id: 'muscle-weakness-numbness',
      group: 'general',
      label: 'New weakness, numbness or tingling in your arms, legs, hands or feet',
      hint: 'This includes drooping eyelids, trouble lifting things or trouble walking.',
      therapies: ['checkpoint'],
      urgency: 'call',
      severity: { mild: 'call', moderate: 'call', severe: 'emergency' },
      advice:
        'Call your care team now. If you have trouble breathing or swallowing, or you cannot stand or walk, get emergency help.',
    },
    {
      id: 'vision-changes',
      group: 'general',
      label: 'Blurry or double vision, eye pain, or red eyes',
      hint: 'This includes new light sensitivity or seeing less well than before.',
      therapies: ['checkpoint'],
      urgency: 'call',
      advice:
        'Call your care team today. Your eyes may need to be checked soon by an eye doctor.',
    },
    {
      id: 'confusion-or-seizure',
      group: 'general',
      label: 'Confusion, a seizure, or a sudden change in how you think or act',
      hint: 'Family members may notice this before you do.',
      therapies: ['checkpoint'],
      urgency: 'emergency',
      advice:
        'Get emergency help now. Call your local emergency number. Tell the emergency team you are on immunotherapy.',
    },

    // Skin
    {
      id: 'rash-itch',
      group: 'skin',
      label: 'A rash or itchy skin',
      hint: 'Mild means a small area that does not bother you much. Severe means most of your body or it keeps you awake.',
      therapies: ['checkpoint'],
      urgency: 'call',
      severity: { mild: 'visit', moderate: 'call', severe: 'call' },
      advice:
        'A small, mild rash can wait for your next visit. Call your care team today if it is spreading, covers a large area or stops you from sleeping.',
    },
    {
      id: 'blisters-peeling',
      group: 'skin',
      label: 'Blisters or peeling skin, or sores in your mouth, eyes or private parts',
      hint: 'This is rare, but it can be serious.',
      therapies: ['checkpoint'],
      urgency: 'call',
      severity: { mild: 'call', moderate: 'call', severe: 'emergency' },
      advice:
        'Call your care team now. If it spreads fast, or you also have a fever and feel very ill, get emergency help.',
    },

    // Stomach, bowels and liver
    {
      id: 'diarrhea',
      group: 'gut',
      label: 'Diarrhea or more bowel movements than usual',
      hint: 'Severe means 7 or more extra bowel movements a day, or you feel faint or very thirsty.',
      therapies: ['checkpoint', 'car-t'],
      urgency: 'call',
      severity: { mild: 'call', moderate: 'call', severe: 'emergency' },
      advice:
        'Call your care team now, even if it is mild. Do not take anti-diarrhea medicine unless they tell you to. Drink plenty of fluids. If it is severe, get emergency help.',
    },
    {
      id: 'belly-pain-or-blood',
      group: 'gut',
      label: 'Belly pain, or blood or mucus in your stool, or black stools',
      hint: 'Mucus is a clear or white slime.',
      therapies: ['checkpoint'],
      urgency: 'call',
      severity: { mild: 'call', moderate: 'call', severe: 'emergency' },
      advice:
        'Call your care team now. If the pain is very bad or you are losing a lot of blood, get emergency help.',
    },
    {
      id: 'nausea-vomiting',
      group: 'gut',
      label: 'Feeling sick to your stomach, throwing up, or not wanting to eat',
      hint: 'Severe means you cannot keep food or drinks down.',
      therapies: ['checkpoint'],
      urgency: 'call',
      severity: { mild: 'visit', moderate: 'call', severe: 'call' },
      advice:
        'If it is mild, tell your care team at your next visit. If it lasts more than a day or you cannot keep fluids down, call them now.',
    },
    {
      id: 'yellow-skin-or-eyes',
      group: 'gut',
      label: 'Yellow skin or yellow whites of the eyes, or dark pee the color of tea',
      hint: 'These can be signs that your liver is inflamed.',
      therapies: ['checkpoint'],
      urgency: 'call',
      advice: 'Call your care team now. You will likely need a blood test to check your liver.',
    },

    // Breathing, chest and heart
    {
      id: 'cough-or-short-of-breath',
      group: 'breathing',
      label: 'A new or worse cough, or feeling short of breath',
      hint: 'Severe means you are short of breath while resting or talking.',
      therapies: ['checkpoint'],
      urgency: 'call',
      severity: { mild: 'call', moderate: 'call', severe: 'emergency' },
      advice:
        'Call your care team now. Your lungs may be inflamed, and this is easier to treat early. If it is very hard to breathe, get emergency help.',
    },
    {
      id: 'chest-pain-or-heartbeat',
      group: 'breathing',
      label: 'Chest pain or pressure, or a racing or uneven heartbeat',
      hint: 'Do not wait to see if it goes away.',
      therapies: ['checkpoint', 'car-t'],
      urgency: 'emergency',
      advice:
        'Get emergency help now. Call your local emergency number. Tell the team which treatment you are on.',
    },

    // Hormones and energy
    {
      id: 'tiredness',
      group: 'hormones',
      label: 'Feeling more tired or weak than usual',
      hint: 'Severe means you cannot do your usual daily tasks or you stay in bed most of the day.',
      therapies: ['checkpoint'],
      urgency: 'call',
      severity: { mild: 'visit', moderate: 'call', severe: 'call' },
      advice:
        'Mild tiredness is common. Tell your care team at your next visit. If it is new and strong, or getting worse, call them today. It can be a sign of a hormone problem that is easy to test for.',
    },
    {
      id: 'headache',
      group: 'hormones',
      label: 'A headache that will not go away or feels different from your usual headaches',
      hint: 'Tell them if you also feel very tired or your vision has changed.',
      therapies: ['checkpoint'],
      urgency: 'call',
      severity: { mild: 'visit', moderate: 'call', severe: 'call' },
      advice:
        'Call your care team today. A headache with tiredness can be a sign that a hormone gland near the brain is inflamed. A mild headache that goes away can wait for your next visit.',
    },
    {
      id: 'thirst-and-peeing',
      group: 'hormones',
      label: 'Feeling very thirsty, peeing much more than usual, or breath that smells fruity',
      hint: 'These can be signs of high blood sugar.',
      therapies: ['checkpoint'],
      urgency: 'call',
      severity: { mild: 'call', moderate: 'call', severe: 'emergency' },
      advice:
        'Call your care team now. If you are also throwing up, breathing fast or feeling confused, get emergency help.',
    },
    {
      id: 'dizzy-or-faint',
      group: 'hormones',
      label: 'Feeling dizzy or lightheaded, or fainting',
      hint: 'Severe means you fainted or nearly fainted.',
      therapies: ['checkpoint'],
      urgency: 'call',
      severity: { mild: 'call', moderate: 'call', severe: 'emergency' },
      advice:
        'Sit or lie down and call your care team now. If you fainted, get emergency help.',
    },
    {
      id: 'hot-cold-weight-changes',
      group: 'hormones',
      label: 'Feeling much too hot or too cold, sweating, or gaining or losing weight without trying',
      hint: 'A racing heart at rest, feeling shaky or mood changes can go with this.',
      therapies: ['checkpoint'],
      urgency: 'call',
      severity: { mild: 'visit', moderate: 'call', severe: 'call' },
      advice:
        'These can be signs of a thyroid problem, which a blood test can find. If it is mild, tell your care team at your next visit. If it bothers you a lot, call them today.',
    },

    // During or soon after an infusion
    {
      id: 'infusion-reaction',
      group: 'infusion',
      label: 'Chills, fever, flushing, itching, a rash or hives during or soon after an infusion',
      hint: 'Flushing means your face feels red and warm. An infusion is a drip into a vein.',
      therapies: ['checkpoint'],
      urgency: 'call',
      advice:
        'Tell your nurse right away. They can slow or stop the drip and give you medicine. If it starts after you get home, call your care team now.',
    },
    {
      id: 'infusion-swelling-or-wheezing',
      group: 'infusion',
      label: 'Swelling of your lips, face, tongue or throat, or wheezing or trouble breathing',
      hint: 'This can be a serious allergic reaction.',
      therapies: ['checkpoint'],
      urgency: 'emergency',
      advice:
        'If you are still at the clinic, tell the nurse at once. If you are at home, get emergency help now by calling your local emergency number.',
    },

    // CAR-T: fever and flu-like signs
    {
      id: 'car-t-fever',
      group: 'car-t-fever',
      label: 'A temperature of 100.4°F (38°C) or higher',
      hint: 'Check your temperature as often as your care team asks, even if you feel fine.',
      therapies: ['car-t'],
      urgency: 'call',
      advice:
        'Call your CAR-T care team now, day or night. Fever is often the first sign of cytokine release syndrome. This is a common reaction to CAR-T cells, and it is treated best when found early.',
    },
    {
      id: 'car-t-chills-aches',
      group: 'car-t-fever',
      label: 'Chills, shaking with cold, body aches, or feeling very tired',
      hint: 'It may feel like having the flu.',
      therapies: ['car-t'],
      urgency: 'call',
      advice: 'Call your CAR-T care team now and check your temperature.',
    },
    {
      id: 'car-t-dizzy-fast-heart',
      group: 'car-t-fever',
      label: 'Feeling dizzy or lightheaded, or a fast heartbeat',
      hint: 'This can mean your blood pressure is low.',
      therapies: ['car-t'],
      urgency: 'call',
      severity: { mild: 'call', moderate: 'call', severe: 'emergency' },
      advice:
        'Lie down and call your CAR-T care team now. If you faint or nearly faint, get emergency help.',
    },
    {
      id: 'car-t-breathing',
      group: 'car-t-fever',
      label: 'Trouble breathing, or breathing much faster than usual',
      therapies: ['car-t'],
      urgency: 'emergency',
      advice:
        'Get emergency help now. Call your local emergency number and tell them you had CAR-T cell therapy.',
    },
    {
      id: 'car-t-infection',
      group: 'car-t-fever',
      label: 'Signs of infection, such as a sore throat, a cough, burning when you pee, or redness or pus near your IV line',
      hint: 'After CAR-T, your body may have fewer infection-fighting cells for months.',
      therapies: ['car-t'],
      urgency: 'call',
      advice: 'Call your CAR-T care team now. Infections can get worse quickly after this treatment.',
    },

    // CAR-T: confusion and other nervous-system signs
    {
      id: 'car-t-confusion',
      group: 'car-t-nervous',
      label: 'Confusion, not knowing where you are, or acting unlike yourself',
      hint: 'Your caregiver may notice this before you do.',
      therapies: ['car-t'],
      urgency: 'emergency',
      advice:
        'Get emergency help now. Call your local emergency number or go to the nearest emergency room, and tell them you had CAR-T cell therapy. Then let your CAR-T team know.',
    },
    {
      id: 'car-t-speech-writing',
      group: 'car-t-nervous',
      label: 'Trouble speaking, finding words, understanding others, or writing',
      hint: 'Your team may ask you to write a short sentence each day to check your handwriting.',
      therapies: ['car-t'],
      urgency: 'emergency',
      advice:
        'Get emergency help now and tell them you had CAR-T cell therapy. These signs often improve with quick treatment.',
    },
    {
      id: 'car-t-shaking-seizure',
      group: 'car-t-nervous',
      label: 'Shaking or twitching you cannot control, or a seizure',
      hint: 'A seizure is sudden jerking of the body or staring and not responding.',
      therapies: ['car-t'],
      urgency: 'emergency',
      advice:
        'Get emergency help now by calling your local emergency number. During a seizure, do not put anything in the mouth. Turn the person onto their side.',
    },
    {
      id: 'car-t-very-sleepy',
      group: 'car-t-nervous',
      label: 'Being very sleepy or hard to wake up',
      hint: 'This is more than normal tiredness.',
      therapies: ['car-t'],
      urgency: 'emergency',
      advice:
        'Get emergency help now. Call your local emergency number and tell them the person had CAR-T cell therapy.',
    },
    {
      id: 'car-t-late-nerve-signs',
      group: 'car-t-nervous',
      label: 'A weak or drooping face, numbness, or slower or stiffer movements',
      hint: 'These can start weeks or even months after treatment.',
      therapies: ['car-t'],
      urgency: 'call',
      severity: { mild: 'call', moderate: 'call', severe: 'emergency' },
      advice:
        'Call your CAR-T care team now. If it comes on suddenly or you cannot move part of your body, get emergency help.',
    },
  ],
};
