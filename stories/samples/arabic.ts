/**
 * A SAMPLE Arabic pack, for the right-to-left stories and tests only: it is not
 * built in, not clinically checked and not checked by a native speaker. It has
 * every UI string (typed complete, like a built-in language) and a small
 * content pack (a few questions, steps, therapies and symptoms, with the
 * English ids, levels and rules), so the widgets can be seen in Arabic, right
 * to left, without a mix of languages.
 *
 * Use: `registerLocale('ar', arabicStrings)`, then `<div lang="ar" dir="rtl">`
 * around a widget whose `content` is `arabicPack`.
 */
import { en } from '../../src/content/en/index.js';
import type { ContentPack } from '../../src/content/schema.js';
import { localize, type ContentText } from '../../src/content/translation.js';
import type { LocaleCatalog } from '../../src/i18n/en.js';

export const arabicStrings = {
  shared: {
    loading: 'جارٍ التحميل…',
    sourcesLabel: 'المصادر',
    written: 'كُتب في {date}.',
    notReviewed: 'لم يراجعه طبيب بعد.',
    reviewedOn: 'راجعه {reviewer} في {date}.',
    reviewedBy: 'راجعه {reviewer}.',
    translatedNotChecked: 'مترجم من {language}. لم يراجعه متحدث أصلي بعد.',
    translationCheckedBy: 'راجع الترجمة {reviewer}.',
    renderError: 'تعذّر عرض هذا القسم. اطلب هذه المعلومات من فريقك الطبي.',
    moreDetail: 'تفاصيل أكثر',
  },
  faq: {
    faqShowAll: 'إظهار كل الإجابات',
    faqHideAll: 'إخفاء كل الإجابات',
    faqCopyLink: 'نسخ الرابط',
    faqLinkCopied: 'تم نسخ الرابط',
    faqCopyFailed: 'تعذّر نسخ الرابط. هذا هو: {url}',
    faqSearchLabel: 'ابحث في الأسئلة',
    faqSearchClear: 'مسح البحث',
    faqMatches: { one: '{shown} من {count} سؤال', two: '{shown} من سؤالين', few: '{shown} من {count} أسئلة', many: '{shown} من {count} سؤالًا', other: '{shown} من {count} سؤال' },
    faqNoResults: 'لا توجد أسئلة مطابقة.',
    faqCopyLinkTo: 'نسخ الرابط إلى «{question}»',
    faqShow: 'إظهار',
    faqHide: 'إخفاء',
    faqThisAnswer: '{action} هذه الإجابة',
    faqShowingAll: { one: 'يظهر سؤال واحد', two: 'يظهر السؤالان', few: 'تظهر الأسئلة الـ{count}', many: 'تظهر كل الأسئلة الـ{count}', other: 'تظهر كل الأسئلة الـ{count}' },
  },
  steps: {
    stepsLabel: 'الخطوات',
    stepOf: 'الخطوة {step} من {total}',
    stepPrevious: 'السابق',
    stepNext: 'التالي',
    stepRestart: 'البدء من جديد',
    stepFirstNote: 'هذه هي الخطوة الأولى',
    stepGoTo: 'الانتقال إلى الخطوة {step}: {title}',
    stepAnnounce: 'الخطوة {step} من {total}: {title}',
  },
  checklist: {
    checklistLegend: 'بماذا تشعر؟',
    checklistNone: 'لا شيء من الأعراض أعلاه',
    checklistNoneKept: 'إجاباتك محفوظة. ألغِ هذا الاختيار لاستعادتها.',
    checklistShowing: 'تظهر الآثار الجانبية لـ{therapy}.',
    checklistShowAll: 'إظهار كل الآثار الجانبية',
    checklistSeePlan: 'اعرف ما عليك فعله ({count})',
    checklistTherapyCheckpoint: 'مثبطات نقاط التفتيش',
    checklistTherapyCarT: 'العلاج بالخلايا التائية CAR',
    checklistTherapyBispecific: 'الأجسام المضادة ثنائية النوعية',
    checklistSeverity: 'ما مدى شدته؟',
    severityMild: 'خفيف',
    severityModerate: 'متوسط',
    severitySevere: 'شديد',
    checklistSeverityShown: 'الشدة: {severity}',
    urgencyEmergency: 'اطلب مساعدة طارئة الآن',
    urgencyCall: 'اتصل بفريقك الطبي الآن',
    urgencyVisit: 'أخبر فريقك الطبي خلال أيام قليلة',
    planTitle: 'ماذا تفعل',
    adviceIf: 'إذا تلقيت {therapies}:',
    adviceTherapyCheckpoint: 'مثبط نقاط تفتيش',
    adviceTherapyCarT: 'العلاج بالخلايا التائية CAR',
    adviceTherapyBispecific: 'جسمًا مضادًا ثنائي النوعية',
    checklistCallButton: 'اتصل بالرقم {phone}',
    checklistMostUrgent: 'الأكثر إلحاحًا: {level}',
    planEmpty: 'اختر ما تشعر به لتعرف ما عليك فعله.',
    planNothing: 'لم تختر أيًّا من هذه. راقب أي تغيير. إذا لاحظت شيئًا جديدًا، حتى لو لم يكن في هذه القائمة، اتصل بـ{careTeam}.',
    planEmergencyDo: 'اتصل بالرقم {number} الآن، أو اذهب إلى أقرب قسم طوارئ. قل ما العلاج المناعي الذي تتلقاه أو تلقيته.',
    planCallDo: 'اتصل بـ{careTeam} الآن، ليلًا أو نهارًا.',
    planCallHours: 'خارج ساعات العمل، اتصل بالرقم {hoursPhone}.',
    planVisitDo: 'أخبر فريقك الطبي بهذه خلال أيام قليلة، أو في موعدك القادم إن كان أقرب. إذا ساءت قبل ذلك، اتصل بـ{careTeam}.',
    checklistAlert: 'اطلب مساعدة طارئة الآن. اتصل بالرقم {number}.',
    checklistCareTeam: 'فريقك الطبي',
    checklistCareTeamAt: 'فريقك الطبي على الرقم {phone}',
    checklistEmergencyNumber: 'رقم الطوارئ المحلي',
    checklistDisclaimer: 'هذه القائمة ليست تشخيصًا. إذا لم تكن متأكدًا، اتصل بفريقك الطبي.',
    printPlan: 'اطبعها لموعدي',
    printTitle: 'آثاري الجانبية',
    copySummary: 'نسخ الملخص',
    copied: 'تم نسخ الملخص. يمكنك لصقه في رسالة أو ملاحظة.',
    copyFailed: 'تعذّر النسخ. اطبع الملخص أو اكتبه بدلًا من ذلك.',
    remember: 'تذكّر إجاباتي على هذا الجهاز',
    rememberHint: 'على هذا الجهاز فقط، لمدة 30 يومًا. لا تختر هذا على جهاز مشترك.',
    clearAnswers: 'مسح إجاباتي',
    notSaved: 'تعذّر حفظ إجاباتك على هذا الجهاز. القائمة ما زالت تعمل.',
    symptomsTicked: { zero: 'لم تختر أي عرض', one: 'اخترت عرضًا واحدًا', two: 'اخترت عرضين', few: 'اخترت {count} أعراض', many: 'اخترت {count} عرضًا', other: 'اخترت {count} عرض' },
    notes: 'ملاحظات',
    dateLabel: 'التاريخ: {date}',
  },
  explorer: {
    explorerListLabel: 'أنواع العلاج المناعي',
    explorerFilterLabel: 'نوع السرطان',
    explorerFilterAll: 'كل أنواع السرطان',
    explorerSearchLabel: 'ابحث عن اسم دواء أو علاج',
    explorerResults: { zero: 'لم يُعثر على أي نوع علاج', one: 'نوع علاج واحد', two: 'نوعا علاج', few: '{count} أنواع علاج', many: '{count} نوعًا من العلاج', other: '{count} نوع علاج' },
    explorerNoResults: 'لا يطابق أي نوع علاج.',
    explorerReset: 'إظهار كل الأنواع',
    explorerMatched: 'مطابق: {match}',
    explorerHowItWorks: 'كيف يعمل',
    explorerCancers: 'يُستخدم لـ',
    explorerMedicines: 'أمثلة على الأدوية',
    explorerGivenBy: 'كيف يُعطى',
    explorerSchedule: 'كم مرة',
    explorerSideEffects: 'آثار جانبية يجب الانتباه لها',
    explorerQuestions: 'أسئلة لفريقك الطبي',
    explorerCheckSymptoms: 'افحص أعراضي',
    explorerOtherNames: 'يُسمى أيضًا',
    explorerFoundShowing: '{found}. يظهر: {name}.',
    explorerShowingAll: { one: 'يظهر نوع علاج واحد', two: 'يظهر نوعا العلاج', few: 'تظهر كل الأنواع الـ{count}', many: 'تظهر كل الأنواع الـ{count}', other: 'تظهر كل الأنواع الـ{count}' },
  },
} as const satisfies LocaleCatalog;

const keep = {
  faq: ['what-is-immunotherapy', 'side-effects-when', 'steroids'],
  steps: ['spot-the-difference', 'cancer-hides', 'release-the-brakes'],
  therapies: ['checkpoint-inhibitors', 'car-t'],
  cancers: ['melanoma', 'lung', 'lymphoma'],
  symptoms: ['fever', 'headache', 'rash-itch', 'car-t-confusion'],
  groups: ['general', 'skin', 'car-t-nervous'],
};

/** The English pack cut down to the sample's ids (structure, levels and rules unchanged). */
function subset(pack: ContentPack): ContentPack {
  const th = pack.therapies!;
  const sy = pack.symptoms!;
  return {
    meta: pack.meta,
    faq: { ...pack.faq!, items: pack.faq!.items.filter((q) => keep.faq.includes(q.id!)) },
    steps: { ...pack.steps!, items: pack.steps!.items.filter((s) => keep.steps.includes(s.id)) },
    therapies: {
      ...th,
      cancers: th.cancers.filter((c) => keep.cancers.includes(c.id)),
      items: th.items
        .filter((t) => keep.therapies.includes(t.id))
        .map((t) => ({
          ...t,
          cancers: t.cancers.filter((c) => keep.cancers.includes(c)),
          sideEffects: t.sideEffects?.filter((s) => keep.symptoms.includes(s)),
          medicines: t.medicines?.slice(0, 2),
        })),
    },
    symptoms: {
      ...sy,
      groups: sy.groups.filter((g) => keep.groups.includes(g.id)),
      items: sy.items.filter((s) => keep.symptoms.includes(s.id)),
      combinations: sy.combinations?.filter((c) => c.id === 'headache-warning-signs'),
    },
  };
}

const fever =
  'اطلب المساعدة الآن. اتصل برقم الطوارئ المحلي أو اذهب إلى أقرب قسم طوارئ، وقل ما العلاج الذي تلقيته. ثم اتصل بفريق علاجك. قد تكون الحمى أول علامة على متلازمة إطلاق السيتوكينات (CRS)، وقد تصبح خطيرة خلال ساعات.';

const text: ContentText = {
  meta: {
    language: 'ar',
    audience: 'عينة للاختبار فقط',
    written: '2026-12-01',
    disclaimer: 'هذه معلومات عامة للتعلم. ليست تشخيصًا ولا نصيحة طبية، ولا تغني عن فريقك الطبي.',
  },
  therapies: {
    intro: 'العلاج المناعي علاج للسرطان يساعد جهازك المناعي على إيجاد السرطان ومحاربته.',
    cancers: { melanoma: 'الورم الميلانيني', lung: 'سرطان الرئة', lymphoma: 'الورم اللمفاوي' },
    items: {
      'checkpoint-inhibitors': {
        name: 'مثبطات نقاط التفتيش',
        otherNames: ['مثبطات PD-1', 'مثبطات CTLA-4'],
        summary: 'أدوية ترفع «المكابح» عن جهازك المناعي ليهاجم السرطان.',
        howItWorks: 'لجهازك المناعي مكابح تمنعه من إيذاء الخلايا السليمة. بعض السرطانات تستخدم هذه المكابح. هذه الأدوية توقفها.',
        givenBy: ['في الوريد (بالتنقيط)'],
        schedule: 'كل 2 أو 3 أو 4 أو 6 أسابيع، حسب الدواء.',
        sideEffectsNote: 'قد يهاجم الجهاز المناعي أجزاء سليمة من الجسم. أخبر فريقك الطبي بأي عرض جديد.',
        questions: ['ما الدواء الذي سأتلقاه، وكم مرة؟'],
      },
      'car-t': {
        name: 'العلاج بالخلايا التائية CAR',
        otherNames: ['CAR-T'],
        summary: 'تُعدَّل خلاياك التائية في المختبر لتجد خلايا السرطان وتقتلها.',
        howItWorks: 'تؤخذ بعض خلاياك التائية من دمك، وتُعدَّل في المختبر، ثم تُعاد إليك.',
        givenBy: ['في الوريد (بالتنقيط)، مرة واحدة عادةً'],
        schedule: 'ابقَ قريبًا من مركز العلاج أسبوعين على الأقل بعد التنقيط.',
        sideEffectsNote: 'الحمى والارتباك علامتان تحتاجان إلى رعاية سريعة.',
        questions: ['متى يمكنني القيادة مرة أخرى؟'],
      },
    },
  },
  steps: {
    intro: 'هكذا يجد جهازك المناعي السرطان ويحاربه.',
    items: {
      'spot-the-difference': { title: 'ملاحظة الفرق', text: 'تحمل خلايا السرطان علامات غير عادية.', detail: 'تسمى هذه العلامات المستضدات.' },
      'cancer-hides': { title: 'كيف يختبئ السرطان', text: 'تضغط بعض خلايا السرطان على «مكابح» الجهاز المناعي.', detail: 'تسمى المكابح نقاط التفتيش.' },
      'release-the-brakes': { title: 'رفع المكابح', text: 'توقف مثبطات نقاط التفتيش المكابح فتنشط الخلايا التائية.', detail: 'لهذا قد تظهر آثار جانبية في الجلد أو الأمعاء أو الرئتين.' },
    },
  },
  symptoms: {
    intro: 'اختر كل ما لاحظته منذ بدء علاجك.',
    groups: { general: 'عام', skin: 'الجلد', 'car-t-nervous': 'الارتباك وعلامات الأعصاب (CAR-T)' },
    items: {
      fever: {
        label: 'حرارة 38 درجة مئوية (100.4 فهرنهايت) أو أكثر',
        hint: 'قِس حرارتك بميزان حرارة إذا شعرت بالحر أو البرد أو الرعشة.',
        advice: 'اتصل بفريقك الطبي الآن، حتى في الليل.',
        levels: { 'car-t': fever, bispecific: fever },
      },
      headache: {
        label: 'صداع لا يزول أو يختلف عن المعتاد',
        hint: 'شديد يعني أنه بدأ فجأة أو أنه أسوأ صداع أصابك.',
        advice: 'اتصل بفريقك الطبي الآن. اطلب مساعدة طارئة إذا كان مفاجئًا أو شديدًا.',
      },
      'rash-itch': {
        label: 'طفح جلدي أو حكة',
        hint: 'خفيف يعني مساحة صغيرة لا تزعجك كثيرًا.',
        advice: 'إذا كان خفيفًا، أخبر فريقك الطبي خلال أيام قليلة. اتصل بهم الآن إذا انتشر.',
      },
      'car-t-confusion': {
        label: 'ارتباك، أو عدم معرفة مكانك',
        hint: 'قد يلاحظ مرافقك هذا قبلك.',
        advice: 'اطلب مساعدة طارئة الآن، وقل ما العلاج الذي تلقيته.',
      },
    },
    combinations: {
      'headache-warning-signs': {
        explanation: 'الصداع مع الحمى أو الارتباك قد يكون علامة تورم في الدماغ أو حوله.',
        advice: 'اطلب مساعدة طارئة الآن. اتصل برقم الطوارئ المحلي.',
      },
    },
    notListed: 'بعض الآثار الجانبية ليست في هذه القائمة. اتصل بفريقك الطبي الآن بشأن أي شيء جديد.',
  },
  faq: {
    intro: 'إجابات عن أسئلة شائعة عن العلاج المناعي.',
    items: {
      'what-is-immunotherapy': { question: 'ما العلاج المناعي؟', answer: 'علاج للسرطان يساعد جهازك المناعي على محاربة السرطان.' },
      'side-effects-when': { question: 'ما الآثار الجانبية، ومتى تحدث؟', answer: 'أكثرها شيوعًا التعب والطفح والحكة والإسهال. قد تبدأ في أي وقت.' },
      steroids: { question: 'ماذا لو احتجت إلى الستيرويدات؟', answer: 'خذها كما يقول فريقك تمامًا. لا توقفها فجأة أبدًا.' },
    },
  },
};

/** The sample Arabic content pack (English ids, levels and rules; Arabic words). */
export const arabicPack: ContentPack = localize(subset(en), text).pack;
