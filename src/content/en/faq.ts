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
        'Chemotherapy uses drugs that attack cells that grow fast, like cancer cells. Immunotherapy works mostly by helping your own immune system attack the cancer.',
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
        'Most people get treatment at a clinic and go home the same day. Others need a hospital stay, such as CAR-T or TIL cell therapy. So do high-dose IL-2 and the first doses of a bispecific antibody.',
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
        'Because the immune system is more active, it can sometimes attack healthy organs, like the gut, lungs, liver or hormone glands. Most side effects start in the first few months. But they can start at any time, even a year or more after treatment ends.',
        'CAR-T and bispecific antibodies can cause other side effects too, like high fever and confusion. These usually start in the first few weeks and need care right away.',
        'Tell your care team about any new symptom, even if it seems small. Found early, most side effects can be treated.',
      ],
    },
    {
      id: 'can-side-effects-start-after',
      question: 'Can side effects start after treatment ends?',
      answer: [
        'Yes. Side effects from checkpoint inhibitors can start weeks, months or, rarely, even years after your last dose. Some last for life. For example, the thyroid is a gland in your neck that controls how your body uses energy. If it stops working, you will need a hormone pill every day.',
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
            'You will likely need to stay within about 2 hours of the treatment center for at least 2 weeks after the infusion. Some centers ask for 4 weeks. Your team will tell you exactly how long.',
            'A caregiver needs to be with you day and night during this time. They help watch for fever, confusion and other warning signs.',
            'Do not drive or use heavy machines for at least 2 weeks, and until your team says it is safe. Some centers ask you to wait up to 8 weeks.',
          ],
        },
        'After that, you will have regular checkups and blood tests for years. Your team will ask about your health for up to 15 years, because rare problems can show up late.',
      ],
    },
    {
      id: 'vaccines-during-treatment',
      question: 'Can I get vaccines during treatment?',
      answer: [
        'Ask your care team before you get any vaccine. Most people on checkpoint inhibitors can get vaccines that do not contain live germs, such as the flu shot.',
        'Vaccines made with live germs are often not safe during treatment. This matters most after CAR T-cell therapy. After CAR-T, you may need some childhood vaccines again once your immune system recovers.',
      ],
    },
    {
      id: 'pregnancy-and-fertility',
      question: 'Is it safe to get pregnant or breastfeed during treatment?',
      answer: [
        'Many immunotherapy medicines can harm an unborn baby. If you or your partner could get pregnant, use birth control that works well during treatment and for several months after. Your care team will tell you how long.',
        'Do not breastfeed during treatment, and for several months after the last dose, as your care team advises.',
        'If you want children in the future, ask about your fertility before you start. Some treatments given along with immunotherapy can make it harder to have children later. Chemotherapy is one of them.',
      ],
    },
    {
      id: 'other-medicines-and-supplements',
      question: 'Can I take other medicines, vitamins or supplements?',
      answer: [
        'Tell your care team about everything you take. This includes medicines from other doctors and medicines you buy in a store. It also includes vitamins, herbs and supplements.',
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
            'Tests on the cancer cells, such as PD-L1, MSI or HER2. These can show if a treatment is more likely to help. PD-L1 is a part on some cancer cells that switches T cells off.',
            'Treatments you have already had.',
            'Your general health. This includes an organ transplant, or an autoimmune disease, where the immune system attacks your own body.',
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
      id: 'steroids',
      question: 'What if I need steroids for a side effect?',
      answer: [
        'Steroids are strong medicines that calm the immune system. Prednisone is one of them. They are the main treatment for many immunotherapy side effects.',
        {
          list: [
            'Take them exactly as your team tells you. The dose is usually lowered slowly over several weeks.',
            'Never stop them suddenly, even if you feel well. Stopping all at once can make you very ill.',
            'They have side effects of their own. They can raise your blood sugar, make it hard to sleep, change your mood and make you hungry. They can also make infections more likely.',
          ],
        },
        'Tell your team about any of these. They may give you other medicines to protect your stomach or prevent infections.',
      ],
    },
    {
      id: 'hormone-problems',
      question: 'What if a hormone gland stops working?',
      answer: [
        'Immunotherapy can damage a gland that makes hormones. Hormones are chemical messages that control things like energy, blood pressure and blood sugar. The damage is often lasting, so you may need to take hormones for life. Taken each day, they work well.',
        {
          list: [
            'If you take a steroid hormone, such as hydrocortisone, ask for a steroid emergency card. Carry it at all times. Ask your team what to do with your dose when you are sick.',
            'If you are throwing up and cannot keep your pills down, get emergency help. You may need a shot of steroid right away.',
            'Some people get diabetes and need insulin. Learn the signs of low blood sugar: shaking, sweating, hunger or confusion. Eat or drink something sugary at once. If you do not get better quickly, get emergency help.',
          ],
        },
      ],
    },
    {
      id: 'blood-tests',
      question: 'Why do I need blood tests before each dose?',
      answer:
        'Blood tests check your liver, kidneys, blood sugar, thyroid and blood counts. They can find a side effect before you feel it, when it is easier to treat. Your team may wait to give the next dose until the results are back.',
    },
    {
      id: 'organ-transplant',
      question: 'I have had an organ transplant. Can I have immunotherapy?',
      answer:
        'Checkpoint inhibitors can make your immune system attack a new organ, such as a kidney or liver. This is called rejection, and the organ can stop working. Some people still choose this treatment after weighing the risks. Your cancer team and your transplant team should decide together with you.',
    },
    {
      id: 'wallet-card',
      question: 'Should I carry a wallet card?',
      answer: [
        'Yes, if your team offers one. A wallet card says that you are on immunotherapy, which medicine you get, and how to reach your care team.',
        'Show it to any doctor, nurse or emergency team you see, even for something that seems unrelated. Side effects of immunotherapy can look like other illnesses, and the card helps them treat you quickly. Keep carrying it for at least a year after treatment ends, or for as long as your team advises.',
      ],
    },
    {
      id: 'clinical-trials',
      question: 'What about clinical trials?',
      answer: [
        'Clinical trials are research studies that test new treatments or new ways of using current ones. Many new kinds of immunotherapy are being tested in trials.',
        'A trial may give you a treatment that is not yet widely available. It may also have risks and extra visits. Ask your care team if a trial might fit you.',
        [
          'You can also look for trials on ',
          { text: 'the NCI website', href: 'https://www.cancer.gov/research/participate/clinical-trials-search' },
          ' or at ',
          { text: 'ClinicalTrials.gov', href: 'https://clinicaltrials.gov/' },
          '.',
        ],
      ],
    },
  ],
};
