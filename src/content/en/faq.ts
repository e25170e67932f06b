import type { FaqSection } from '../schema.js';

/** Common questions about immunotherapy. */
export const faq: FaqSection = {
  intro: 'Answers to questions people often ask about immunotherapy. Your care team knows your situation best, so bring your questions to them too.',
  items: [
    {
      id: 'what-is-immunotherapy',
      question: 'What is immunotherapy?',
      answer: [
        'Immunotherapy is a cancer treatment that helps your immune system fight cancer. Your immune system is the network of cells and organs that protects you from germs and sick cells.',
        'Cancer can find ways to hide from the immune system or switch it off. Immunotherapy helps the immune system find the cancer and attack it. Some kinds take the brakes off immune cells. Others mark cancer cells or add immune cells made in a lab.',
      ],
    },
    {
      id: 'how-is-it-different-from-chemo',
      question: 'How is it different from chemotherapy?',
      answer: [
        'Chemotherapy uses drugs that attack fast-growing cells, including cancer cells. Immunotherapy works mostly by helping your own immune system attack the cancer.',
        'The side effects are different too. Immunotherapy is less likely to cause hair loss. But it can make the immune system attack healthy parts of the body, and these side effects can start later, even after treatment ends. Some people get both treatments together.',
      ],
    },
    {
      id: 'how-is-it-given',
      question: 'How is immunotherapy given?',
      answer: [
        'It depends on the kind of immunotherapy. It can be given:',
        {
          list: [
            'Into a vein through a drip (IV). This is the most common way.',
            'As an injection under the skin.',
            'Straight into a tumor.',
            'Into the bladder through a thin tube.',
            'As a cream on the skin, or as pills.',
          ],
        },
        'Most people get treatment at a clinic and go home the same day. Some treatments, like CAR T-cell therapy and high-dose IL-2, need a hospital stay.',
      ],
    },
    {
      id: 'how-long-until-it-works',
      question: 'How long does it take to work?',
      answer: [
        'Immunotherapy often works more slowly than other treatments. The immune system needs time to get going. It may take a few months before a scan shows a change.',
        'Your first scan is often about 2 to 3 months after you start. Sometimes a tumor looks bigger at first and then shrinks. This can happen when immune cells crowd into it. Your care team will look at your scans, blood tests and how you feel to judge how it is going.',
      ],
    },
    {
      id: 'how-long-does-treatment-last',
      question: 'How long does treatment last?',
      answer: [
        'It depends on the treatment and your cancer. For example:',
        {
          list: [
            'Checkpoint inhibitors are often given for months, and sometimes for up to 2 years, as long as they help and side effects are under control.',
            'After surgery, treatment to lower the chance of the cancer coming back often lasts about 1 year.',
            'CAR T-cell therapy is usually a single drip, but the whole process and recovery take a few months.',
            'BCG for bladder cancer often starts weekly, then continues every few months for 1 to 3 years.',
          ],
        },
        'Your care team may stop treatment early if it is not helping or side effects are serious.',
      ],
    },
    {
      id: 'side-effects-when',
      question: 'What side effects can happen, and when?',
      answer: [
        'Many people have mild side effects or none at all. The most common are tiredness, rash, itching and diarrhea.',
        'Because the immune system is more active, it can sometimes attack healthy organs, like the gut, lungs, liver or hormone glands. Most side effects start in the first few months, but they can start at any time.',
        'CAR T-cell therapy has its own side effects, like high fever and confusion. These usually start in the first few weeks and need care right away.',
        'Tell your care team about any new symptom, even if it seems small. Found early, most side effects can be treated.',
      ],
    },
    {
      id: 'can-side-effects-start-after',
      question: 'Can side effects start after treatment ends?',
      answer: [
        'Yes. Side effects from checkpoint inhibitors can start weeks, months or, rarely, even years after your last dose. Some, like thyroid problems, may need medicine for life.',
        'If you see any doctor or go to an emergency room, tell them you have had immunotherapy and which medicine you got. This helps them think of immune side effects.',
      ],
    },
    {
      id: 'can-i-work',
      question: 'Can I work and keep up my normal life?',
      answer: [
        'Many people getting checkpoint inhibitors keep working and doing their usual things. You may need time off on treatment days or if you feel tired. Talk to your employer about flexible hours if you need them.',
        'CAR T-cell therapy is different. Plan to be away from work for at least a few months. You will need to stay close to the treatment center at first and will not be able to drive for a while.',
      ],
    },
    {
      id: 'car-t-staying-close',
      question: 'Why do I need to stay near the treatment center after CAR-T?',
      answer: [
        'The most serious side effects of CAR T-cell therapy usually happen in the first few weeks. They need fast care from a team that knows how to treat them.',
        {
          list: [
            'You will likely need to stay within about 2 hours of the treatment center for the first 2 to 4 weeks. Your team will tell you exactly how long.',
            'A caregiver needs to be with you day and night during this time. They help watch for fever, confusion and other warning signs.',
            'Do not drive or use heavy machines until your team says it is safe. This is often between 2 and 8 weeks, depending on your treatment and where you live.',
          ],
        },
      ],
    },
    {
      id: 'vaccines-during-treatment',
      question: 'Can I get vaccines during treatment?',
      answer: [
        'Ask your care team before you get any vaccine. Most people on checkpoint inhibitors can get vaccines that do not contain live germs, such as the flu shot.',
        'Vaccines made with live germs are usually not advised during some treatments, and especially after CAR T-cell therapy. After CAR-T, you may need to get some childhood vaccines again once your immune system recovers.',
      ],
    },
    {
      id: 'pregnancy-and-fertility',
      question: 'Is it safe to get pregnant or breastfeed during treatment?',
      answer: [
        'Many immunotherapy medicines can harm an unborn baby. If you or your partner could get pregnant, use birth control that works well during treatment and for several months after. Your care team will tell you how long.',
        'Do not breastfeed during treatment unless your team says it is safe. If you want children in the future, ask about your fertility before you start. Some treatments given with immunotherapy, like chemotherapy, can affect fertility.',
      ],
    },
    {
      id: 'other-medicines-and-supplements',
      question: 'Can I take other medicines, vitamins or supplements?',
      answer: [
        'Tell your care team about everything you take. This includes medicines from other doctors, medicines you buy without a prescription, vitamins, herbs and supplements.',
        'Some products sold to “boost the immune system” have not been tested with immunotherapy. Check with your team before you start anything new. Do not stop any medicine you were told to take without asking first.',
      ],
    },
    {
      id: 'is-it-right-for-me',
      question: 'Is immunotherapy right for me?',
      answer: [
        'Immunotherapy works well for some cancers and some people, but not for everyone. Your care team will think about:',
        {
          list: [
            'The type of cancer you have and how far it has spread.',
            'Tests on the cancer cells, such as PD-L1, MSI or HER2. These can show if a treatment is more likely to help.',
            'Treatments you have already had.',
            'Your general health, including autoimmune diseases or an organ transplant.',
          ],
        },
        'Ask your care team why they do or do not suggest immunotherapy for you.',
      ],
    },
    {
      id: 'what-if-it-stops-working',
      question: 'What if immunotherapy does not work or stops working?',
      answer: [
        'Sometimes the cancer does not respond, or it starts to grow again after a time. This does not mean you did anything wrong.',
        'Your care team will talk with you about next steps. These may include a different treatment, a mix of treatments, or a clinical trial. Care to ease symptoms and help you feel your best is always part of your care, at any stage.',
      ],
    },
    {
      id: 'cost-and-insurance',
      question: 'How much does it cost, and will insurance pay?',
      answer: [
        'Immunotherapy can cost a lot, and coverage is different for each plan. Ask about costs before you start.',
        {
          list: [
            'Ask to speak with a financial counselor or social worker at your treatment center.',
            'Ask your insurance company what they will cover and if they need approval first.',
            'Ask if the drug company or a charity has a program that helps with costs.',
          ],
        },
      ],
    },
    {
      id: 'wallet-card',
      question: 'Should I carry a wallet card?',
      answer: [
        'Yes, if your team offers one. A wallet card says that you are on immunotherapy, which medicine you get, and how to reach your care team.',
        'Show it to any doctor, nurse or emergency team you see, even for something that seems unrelated. Side effects of immunotherapy can look like other illnesses, and the card helps them treat you quickly. Keep carrying it for some time after treatment ends.',
      ],
    },
    {
      id: 'clinical-trials',
      question: 'What about clinical trials?',
      answer: [
        'Clinical trials are research studies that test new treatments or new ways of using current ones. Many new kinds of immunotherapy are being tested in trials.',
        'A trial may give you a treatment that is not yet widely available. It may also have risks and extra visits. Ask your care team if a trial might fit you.',
        [
          'You can also search for trials on ',
          { text: 'the National Cancer Institute website', href: 'https://www.cancer.gov/research/participate/clinical-trials-search' },
          ' or at ',
          { text: 'ClinicalTrials.gov', href: 'https://clinicaltrials.gov/' },
          '.',
        ],
      ],
    },
  ],
};
