import type { ContentText } from '../translation.js';

/**
 * The built-in content in Spanish: the questions, for <immuno-faq>. Fetched on its own (see `../languages.ts`);
 * `./index.ts` says who it is written for.
 */
export const faq: ContentText['faq'] = {
  intro:
    'Respuestas a preguntas que la gente suele hacer sobre la inmunoterapia. Su equipo médico conoce mejor su situación, así que hágales a ellos también sus preguntas.',
  items: {
    'what-is-immunotherapy': {
      question: '¿Qué es la inmunoterapia?',
      answer: [
        'La inmunoterapia es un tratamiento contra el cáncer que ayuda a su sistema inmunitario a combatir el cáncer. El sistema inmunitario es la red de células y órganos que lo protege de los gérmenes y de las células enfermas.',
        'El cáncer puede encontrar maneras de esconderse del sistema inmunitario o de apagarlo. La inmunoterapia ayuda al sistema inmunitario a encontrar el cáncer y atacarlo. Algunos tipos les quitan los frenos a las células inmunitarias. Otros marcan las células del cáncer o agregan células inmunitarias hechas en un laboratorio.',
      ],
    },
    'how-is-it-different-from-chemo': {
      question: '¿En qué se diferencia de la quimioterapia?',
      answer: [
        'La quimioterapia usa medicamentos que atacan las células que crecen rápido, como las del cáncer. La inmunoterapia actúa sobre todo ayudando a su propio sistema inmunitario a atacar el cáncer.',
        'Los efectos secundarios también son distintos. Es menos probable que la inmunoterapia haga que se le caiga el pelo. Pero puede hacer que el sistema inmunitario ataque partes sanas del cuerpo, y estos efectos pueden empezar más tarde, incluso después de terminar el tratamiento. Algunas personas reciben los dos tratamientos juntos.',
      ],
    },
    'how-is-it-given': {
      question: '¿Cómo se da la inmunoterapia?',
      answer: [
        'Depende del tipo de inmunoterapia. Se puede dar:',
        {
          list: [
            'Por una vena, con un goteo (intravenosa). Es la forma más común.',
            'Como inyección debajo de la piel.',
            'Directamente en un tumor.',
            'En la vejiga, por un tubo delgado.',
            'Como crema sobre la piel, o en pastillas.',
          ],
        },
        'La mayoría de las personas recibe el tratamiento en una clínica y se va a casa el mismo día. Otras necesitan quedarse en el hospital, por ejemplo con la terapia CAR-T o con TIL. También con la IL-2 en dosis altas y con las primeras dosis de un anticuerpo biespecífico.',
      ],
    },
    'how-long-until-it-works': {
      question: '¿Cuánto tarda en hacer efecto?',
      answer: [
        'La inmunoterapia muchas veces actúa más despacio que otros tratamientos. El sistema inmunitario necesita tiempo para ponerse en marcha. Pueden pasar unos meses antes de que un estudio de imágenes muestre un cambio.',
        'El primer estudio suele ser unos 2 a 3 meses después de empezar. A veces un tumor se ve más grande al principio y después se achica. Esto puede pasar cuando muchas células inmunitarias entran en él. Su equipo médico mirará sus estudios, sus análisis de sangre y cómo se siente usted para saber cómo va.',
      ],
    },
    'how-long-does-treatment-last': {
      question: '¿Cuánto dura el tratamiento?',
      answer: [
        'Depende del tratamiento y de su cáncer. Por ejemplo:',
        {
          list: [
            'Los inhibidores de puntos de control muchas veces se dan durante meses, y a veces hasta 2 años, mientras ayuden y los efectos secundarios estén bajo control.',
            'Después de una cirugía, el tratamiento para bajar la probabilidad de que el cáncer regrese suele durar 1 año, más o menos.',
            'La terapia CAR-T por lo general es un solo goteo, pero todo el proceso y la recuperación llevan unos meses.',
            'La BCG para el cáncer de vejiga suele empezar una vez por semana y luego sigue cada pocos meses durante 1 a 3 años.',
          ],
        },
        'Su equipo médico puede parar el tratamiento antes si no está ayudando o si los efectos secundarios son graves.',
      ],
    },
    'side-effects-when': {
      question: '¿Qué efectos secundarios puede haber, y cuándo?',
      answer: [
        'Muchas personas tienen efectos secundarios leves o ninguno. Los más comunes son cansancio, sarpullido, picazón y diarrea.',
        'Como el sistema inmunitario está más activo, a veces puede atacar órganos sanos, como los intestinos, los pulmones, el hígado o las glándulas de hormonas. La mayoría de los efectos secundarios empiezan en los primeros meses. Pero pueden empezar en cualquier momento, incluso un año o más después de terminar el tratamiento.',
        'La terapia CAR-T y los anticuerpos biespecíficos también pueden causar otros efectos secundarios, como fiebre alta y confusión. Suelen empezar en las primeras semanas y necesitan atención de inmediato.',
        'Avise a su equipo médico de cualquier síntoma nuevo, aunque parezca pequeño. Si se detectan a tiempo, la mayoría de los efectos secundarios se pueden tratar.',
      ],
    },
    'can-side-effects-start-after': {
      question: '¿Pueden empezar efectos secundarios después de terminar el tratamiento?',
      answer: [
        'Sí. Los efectos secundarios de los inhibidores de puntos de control pueden empezar semanas o meses después de la última dosis, y en casos raros hasta años después. Algunos duran toda la vida. Por ejemplo, la tiroides es una glándula del cuello que controla cómo usa su cuerpo la energía. Si deja de funcionar, tendrá que tomar una pastilla de hormona todos los días.',
        'Si va a cualquier médico o a una sala de emergencias, diga que recibió inmunoterapia y qué medicamento le dieron. Así pueden pensar en efectos secundarios del sistema inmunitario.',
      ],
    },
    'can-i-work': {
      question: '¿Puedo trabajar y seguir con mi vida normal?',
      answer: [
        'Muchas personas que reciben inhibidores de puntos de control siguen trabajando y haciendo sus cosas de siempre. Puede que necesite días libres los días de tratamiento o si se siente cansado. Si lo necesita, hable con su empleador sobre un horario flexible.',
        'La terapia CAR-T es distinta. Cuente con estar fuera del trabajo por lo menos unos meses. Al principio tendrá que quedarse cerca del centro de tratamiento y no podrá manejar por un tiempo.',
      ],
    },
    'car-t-staying-close': {
      question: '¿Por qué tengo que quedarme cerca del centro de tratamiento después de CAR-T?',
      answer: [
        'Los efectos secundarios más graves de la terapia CAR-T suelen pasar en las primeras semanas. Necesitan atención rápida de un equipo que sepa tratarlos.',
        {
          list: [
            'Lo más probable es que tenga que quedarse a unas 2 horas o menos del centro de tratamiento durante al menos 2 semanas después de la infusión. Algunos centros piden 4 semanas. Su equipo le dirá exactamente cuánto tiempo.',
            'Durante este tiempo, un cuidador tiene que estar con usted de día y de noche. Esta persona ayuda a vigilar si hay fiebre, confusión u otras señales de alarma.',
            'No maneje ni use máquinas pesadas durante al menos 2 semanas, y hasta que su equipo le diga que es seguro. Algunos centros piden esperar hasta 8 semanas.',
          ],
        },
        'Después tendrá controles y análisis de sangre regulares durante años. Su equipo le preguntará por su salud hasta por 15 años, porque algunos problemas raros pueden aparecer tarde.',
      ],
    },
    'vaccines-during-treatment': {
      question: '¿Puedo vacunarme durante el tratamiento?',
      answer: [
        'Pregúntele a su equipo médico antes de ponerse cualquier vacuna. La mayoría de las personas que reciben inhibidores de puntos de control pueden ponerse vacunas que no tienen gérmenes vivos, como la vacuna contra la gripe.',
        'Las vacunas hechas con gérmenes vivos muchas veces no son seguras durante el tratamiento. Esto importa sobre todo después de la terapia CAR-T. Después de CAR-T, puede que necesite volver a ponerse algunas vacunas de la infancia cuando se recupere su sistema inmunitario.',
      ],
    },
    'pregnancy-and-fertility': {
      question: '¿Es seguro quedar embarazada o dar el pecho durante el tratamiento?',
      answer: [
        'Muchos medicamentos de inmunoterapia pueden dañar a un bebé antes de nacer. Si usted o su pareja pueden quedar embarazadas, usen un método anticonceptivo eficaz durante el tratamiento y varios meses después. Su equipo médico le dirá por cuánto tiempo.',
        'No dé el pecho durante el tratamiento ni durante varios meses después de la última dosis, según le indique su equipo médico.',
        'Si quiere tener hijos en el futuro, pregunte por su fertilidad antes de empezar. Algunos tratamientos que se dan junto con la inmunoterapia pueden hacer más difícil tener hijos más adelante. La quimioterapia es uno de ellos.',
      ],
    },
    'other-medicines-and-supplements': {
      question: '¿Puedo tomar otros medicamentos, vitaminas o suplementos?',
      answer: [
        'Dígale a su equipo médico todo lo que toma. Esto incluye medicamentos de otros médicos y los que compra sin receta en una tienda o farmacia. También incluye vitaminas, hierbas y suplementos.',
        'Algunos productos que se venden para “subir las defensas” no se han probado con la inmunoterapia. Consulte con su equipo antes de empezar cualquier cosa nueva. No deje ningún medicamento que le hayan indicado sin preguntar primero.',
      ],
    },
    'is-it-right-for-me': {
      question: '¿La inmunoterapia es adecuada para mí?',
      answer: [
        'La inmunoterapia funciona bien para algunos cánceres y algunas personas, pero no para todos. Su equipo médico tendrá en cuenta:',
        {
          list: [
            'El tipo de cáncer que tiene y hasta dónde se ha extendido.',
            'Las pruebas de las células del cáncer, como PD-L1, MSI o HER2. Pueden mostrar si es más probable que un tratamiento ayude. PD-L1 es una parte de algunas células del cáncer que apaga las células T.',
            'Los tratamientos que ya recibió.',
            'Su salud en general. Esto incluye un trasplante de órgano o una enfermedad autoinmune, en la que el sistema inmunitario ataca su propio cuerpo.',
          ],
        },
        'Pregúntele a su equipo médico por qué le recomiendan o no la inmunoterapia.',
      ],
    },
    'what-if-it-stops-working': {
      question: '¿Y si la inmunoterapia no funciona o deja de funcionar?',
      answer: [
        'A veces el cáncer no responde, o vuelve a crecer después de un tiempo. Esto no quiere decir que usted haya hecho algo mal.',
        'Su equipo médico hablará con usted sobre los próximos pasos. Pueden incluir otro tratamiento, una combinación de tratamientos o un ensayo clínico. La atención para aliviar los síntomas y ayudarle a sentirse lo mejor posible siempre es parte de su cuidado, en cualquier etapa.',
      ],
    },
    'cost-and-insurance': {
      question: '¿Cuánto cuesta, y lo paga el seguro?',
      answer: [
        'La inmunoterapia puede costar mucho, y la cobertura cambia según cada plan. Pregunte por los costos antes de empezar.',
        {
          list: [
            'Pida hablar con un asesor financiero o un trabajador social en su centro de tratamiento.',
            'Pregúntele a su compañía de seguros qué cubre y si necesita una autorización antes.',
            'Pregunte si la compañía del medicamento o alguna organización benéfica tiene un programa que ayude con los costos.',
          ],
        },
      ],
    },
    steroids: {
      question: '¿Y si necesito esteroides por un efecto secundario?',
      answer: [
        'Los esteroides son medicamentos fuertes que calman el sistema inmunitario. La prednisona es uno de ellos. Son el tratamiento principal para muchos efectos secundarios de la inmunoterapia.',
        {
          list: [
            'Tómelos exactamente como le indique su equipo. La dosis por lo general se baja poco a poco durante varias semanas.',
            'Nunca los deje de golpe, aunque se sienta bien. Dejarlos de una vez puede hacer que se enferme mucho.',
            'Tienen sus propios efectos secundarios. Pueden subir el azúcar en la sangre, quitarle el sueño, cambiarle el ánimo y darle mucha hambre. También pueden hacer más probables las infecciones.',
          ],
        },
        'Avise a su equipo si tiene alguno de estos. Puede que le den otros medicamentos para proteger el estómago o evitar infecciones.',
      ],
    },
    'hormone-problems': {
      question: '¿Y si una glándula de hormonas deja de funcionar?',
      answer: [
        'La inmunoterapia puede dañar una glándula que produce hormonas. Las hormonas son mensajes químicos que controlan cosas como la energía, la presión arterial y el azúcar en la sangre. El daño muchas veces es permanente, así que puede que tenga que tomar hormonas de por vida. Tomadas todos los días, funcionan bien.',
        {
          list: [
            'Si toma una hormona esteroide, como la hidrocortisona, pida una tarjeta de emergencia de esteroides. Llévela siempre con usted. Pregúntele a su equipo qué hacer con su dosis cuando esté enfermo.',
            'Si está vomitando y no puede retener las pastillas, busque atención de emergencia. Puede necesitar una inyección de esteroide de inmediato.',
            'Algunas personas desarrollan diabetes y necesitan insulina. Aprenda las señales del azúcar baja: temblores, sudor, hambre o confusión. Coma o tome algo dulce enseguida. Si no se siente mejor pronto, busque atención de emergencia.',
          ],
        },
      ],
    },
    'blood-tests': {
      question: '¿Por qué necesito análisis de sangre antes de cada dosis?',
      answer:
        'Los análisis de sangre revisan el hígado, los riñones, el azúcar en la sangre, la tiroides y los recuentos sanguíneos. Pueden encontrar un efecto secundario antes de que usted lo sienta, cuando es más fácil de tratar. Puede que su equipo espere los resultados antes de darle la siguiente dosis.',
    },
    'organ-transplant': {
      question: 'Tengo un trasplante de órgano. ¿Puedo recibir inmunoterapia?',
      answer:
        'Los inhibidores de puntos de control pueden hacer que su sistema inmunitario ataque el órgano trasplantado, como un riñón o un hígado. Esto se llama rechazo, y el órgano puede dejar de funcionar. Aun así, algunas personas eligen este tratamiento después de pensar bien en los riesgos. Su equipo de cáncer y su equipo de trasplante deben decidir junto con usted.',
    },
    'wallet-card': {
      question: '¿Debo llevar una tarjeta en la cartera?',
      answer: [
        'Sí, si su equipo le ofrece una. La tarjeta dice que usted recibe inmunoterapia, qué medicamento le dan y cómo comunicarse con su equipo médico.',
        'Muéstrela a cualquier médico, enfermera o equipo de emergencias que lo atienda, aunque sea por algo que parezca no tener relación. Los efectos secundarios de la inmunoterapia pueden parecerse a otras enfermedades, y la tarjeta les ayuda a tratarlo rápido. Siga llevándola al menos un año después de terminar el tratamiento, o por el tiempo que le indique su equipo.',
      ],
    },
    'clinical-trials': {
      question: '¿Y los ensayos clínicos?',
      answer: [
        'Los ensayos clínicos son estudios de investigación que prueban tratamientos nuevos o nuevas formas de usar los que ya existen. Se están probando muchos tipos nuevos de inmunoterapia en ensayos.',
        'Un ensayo puede darle un tratamiento que todavía no está disponible para todos. También puede tener riesgos y citas adicionales. Pregúntele a su equipo médico si algún ensayo podría ser para usted.',
        [
          'También puede buscar ensayos en ',
          { text: 'el sitio web del Instituto Nacional del Cáncer (NCI, en inglés)', href: 'https://www.cancer.gov/research/participate/clinical-trials-search' },
          ' o en ',
          { text: 'ClinicalTrials.gov (en inglés)', href: 'https://clinicaltrials.gov/' },
          '.',
        ],
      ],
    },
  },
};
