import type { StepsSection } from '../schema.js';

/** How immunotherapy works, in eight steps. */
export const steps: StepsSection = {
  intro: 'Here is how your immune system can find and fight cancer, and where immunotherapy helps.',
  items: [
    {
      id: 'spot-the-difference',
      picture: 'spot',
      title: 'Spotting the difference',
      text: 'Cancer cells often carry unusual markers on their surface. Your immune system can learn to see these markers as a sign that something is wrong.',
      detail:
        'These markers are called antigens. Healthy cells have markers too, and the immune system learns to leave them alone. Cancer cells may have markers that are new or changed, and that can make them stand out.',
    },
    {
      id: 'cancer-hides',
      picture: 'release',
      title: 'How cancer hides',
      text: 'Cancer cells can hide from the immune system. Some of them press the immune system’s “brakes” to switch it off.',
      detail: [
        'The brakes are called checkpoints. They normally stop the immune system from harming healthy cells. Cancer can use them to turn off T cells, a kind of white blood cell that kills sick cells.',
        'Still, as cancer cells grow and die, they shed bits of their markers. This gives the immune system a chance to notice them.',
      ],
    },
    {
      id: 'show-the-target',
      picture: 'present',
      title: 'Showing the target',
      text: 'Special cells pick up the cancer markers and carry them to the lymph nodes. There, they show the markers to T cells, like a “wanted” poster.',
      detail:
        'The cells that do this are called dendritic cells. Lymph nodes are small, bean-shaped glands where immune cells meet. Cancer treatment vaccines work at this step by giving the immune system more markers to learn from.',
    },
    {
      id: 'release-the-brakes',
      picture: 'activate',
      title: 'Releasing the brakes',
      text: 'Checkpoint inhibitors block the brakes. T cells that know the target switch on and make many copies of themselves.',
      detail: [
        'There is more than one brake. One, called CTLA-4, works mostly here in the lymph nodes, when T cells first switch on. Another, called PD-1, works mostly later, inside the tumor. Cancer cells can press it with a part called PD-L1. Different medicines block different brakes.',
        'More T cells means a bigger force to fight the cancer. Because the brakes are off, the T cells can sometimes attack healthy parts of the body too. This is why immunotherapy can cause side effects in places like the skin, gut or lungs.',
      ],
    },
    {
      id: 'find-the-tumor',
      picture: 'travel',
      title: 'Finding the tumor',
      text: 'The active T cells leave the lymph nodes and travel through the blood. They search the body for cells that carry the target.',
      detail:
        'T cells can reach tumors in many parts of the body, not only the place where the cancer started. Some tumors are hard for T cells to get into, which is one reason immunotherapy works better for some people than others.',
    },
    {
      id: 'attack',
      picture: 'attack',
      title: 'Attacking the cancer',
      text: 'When T cells find a cancer cell with the target, they attack and kill it. Inside the tumor, medicines that block PD-1 or PD-L1 keep the T cells from being switched off.',
      detail: [
        'Antibodies can help by marking cancer cells for attack. Bispecific antibodies hold a T cell and a cancer cell together.',
        'In CAR T-cell therapy, a person’s own T cells are changed in a lab so they can find a marker on the cancer. Millions of these cells are given back through a drip, and they attack the cancer directly. TIL therapy is similar. It grows T cells taken from the tumor itself.',
      ],
    },
    {
      id: 'remember',
      picture: 'memory',
      title: 'Remembering the cancer',
      text: 'Some T cells become memory cells. They stay on guard and can act fast if the same cancer comes back.',
      detail:
        'This memory is one reason the effects of immunotherapy can last for a long time in some people, even after treatment stops. It does not happen for everyone, and your care team will keep checking on you.',
    },
    {
      id: 'combine',
      picture: 'combine',
      title: 'Working with other treatments',
      text: 'Other cancer treatments, like chemo, radiation or surgery, are often given at the same time. It can take weeks or months to see if it is working.',
      detail: [
        'Other treatments can kill cancer cells and release more markers, which may help the immune system. Your care team will choose the mix that fits your cancer.',
        'Sometimes a tumor looks bigger on a scan before it shrinks. This can happen when immune cells crowd into the tumor. Doctors call it pseudoprogression. It is not common, so your team will look at your scans and how you feel to decide what it means.',
      ],
    },
  ],
};
