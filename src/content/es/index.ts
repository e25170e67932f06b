import type { ContentText } from '../translation.js';

/**
 * The built-in content in Spanish, for patients and families in Latin America
 * and the United States ("usted" throughout). Written from the English pack,
 * not word for word; text only, keyed by the English ids (levels and rules
 * come from English; see `src/content/translation.ts`). No clinician and no
 * native speaker has reviewed it yet, and the footer says so.
 */
export const text: ContentText = {
  meta: {
    language: 'es',
    audience: 'Pacientes y familias en América Latina y en los Estados Unidos',
    written: '2026-12-01',
    disclaimer: [
      'Esta información es general y sirve para aprender. No es un diagnóstico ni un consejo médico, y no reemplaza a su equipo médico.',
      'Cada persona y cada cáncer son diferentes. Si no está seguro de qué hacer, llame a su equipo médico.',
      'Las fuentes están en inglés.',
    ],
  },

  therapies: {
    intro: [
      'La inmunoterapia es un tratamiento contra el cáncer que ayuda a su sistema inmunitario a encontrar el cáncer y combatirlo. El sistema inmunitario es la defensa del cuerpo contra los gérmenes y las células enfermas.',
      'Hay varios tipos de inmunoterapia. Funcionan de maneras distintas y tienen efectos secundarios distintos. El tipo que usted reciba depende de su tipo de cáncer, de las pruebas del cáncer y de su salud.',
    ],
    cancers: {
      melanoma: 'Melanoma',
      'skin-other': 'Otros cánceres de piel',
      lung: 'Cáncer de pulmón',
      kidney: 'Cáncer de riñón',
      bladder: 'Cáncer de vejiga y de vías urinarias',
      'head-and-neck': 'Cáncer de cabeza y cuello',
      breast: 'Cáncer de seno (mama)',
      colorectal: 'Cáncer de colon y de recto',
      liver: 'Cáncer de hígado',
      stomach: 'Cáncer de estómago y de esófago (el tubo que lleva la comida)',
      cervical: 'Cáncer de cuello uterino',
      endometrial: 'Cáncer de endometrio (útero)',
      prostate: 'Cáncer de próstata',
      lymphoma: 'Linfoma',
      leukemia: 'Leucemia',
      myeloma: 'Mieloma múltiple',
    },
    items: {
      'checkpoint-inhibitors': {
        name: 'Inhibidores de puntos de control',
        otherNames: [
          'Inhibidores de puntos de control inmunitario',
          'Inhibidores de PD-1',
          'Inhibidores de PD-L1',
          'Inhibidores de CTLA-4',
          'Inhibidores de LAG-3',
        ],
        summary: 'Medicamentos que le quitan los “frenos” al sistema inmunitario para que pueda atacar el cáncer.',
        howItWorks: [
          'El sistema inmunitario tiene frenos propios llamados puntos de control. Estos frenos evitan que dañe las células sanas. Algunos cánceres usan estos frenos para apagar las células T, un tipo de glóbulo blanco que mata células enfermas.',
          'Los inhibidores de puntos de control bloquean los frenos. Así, las células T vuelven a ver el cáncer como una amenaza y lo atacan.',
          'PD-1 es un freno de las células T. PD-L1 es la parte de las células del cáncer que lo aprieta. Los medicamentos que bloquean PD-1 o PD-L1 actúan sobre todo dentro del tumor, donde las células T se encuentran con el cáncer. CTLA-4 es otro freno. Los medicamentos que lo bloquean actúan sobre todo antes, en los ganglios linfáticos, donde las células T se activan por primera vez.',
        ],
        medicines: { 'nivolumab and relatlimab': 'nivolumab y relatlimab' },
        givenBy: ['Por una vena (suero o goteo intravenoso)', 'Como inyección debajo de la piel (algunos medicamentos)'],
        schedule: [
          'La mayoría de las personas recibe un goteo que dura de 30 a 60 minutos. Se da cada 2, 3, 4 o 6 semanas, según el medicamento. Por lo general, puede irse a casa el mismo día.',
          'El tratamiento suele durar meses, y a veces hasta 2 años, mientras esté ayudando y los efectos secundarios estén bajo control. Después de una cirugía, muchas veces se da durante 1 año, más o menos.',
        ],
        sideEffectsNote: [
          'Sin los frenos, el sistema inmunitario a veces ataca partes sanas del cuerpo. Esto puede afectar la piel, los intestinos, los pulmones, el hígado, las glándulas que producen hormonas u otros órganos.',
          'Estos efectos secundarios pueden empezar en cualquier momento, incluso un año o más después de la última dosis. La mayoría se puede tratar, y es más fácil tratarlos si se detectan a tiempo. Avise a su equipo médico de cualquier síntoma nuevo, aunque sea pequeño.',
          'Muchos se tratan con esteroides. Son medicamentos fuertes que calman el sistema inmunitario. Si una glándula deja de producir hormonas, es posible que tenga que tomar pastillas de hormonas de por vida.',
        ],
        questions: [
          '¿Qué inhibidor de puntos de control voy a recibir, y cada cuánto?',
          '¿Cómo sabremos si está funcionando, y cuándo es mi primer estudio de imágenes?',
          '¿Por cuáles efectos secundarios debo llamar de inmediato, y a quién llamo de noche?',
          'Tengo una enfermedad autoinmune, en la que el sistema inmunitario ataca el cuerpo. ¿Este tratamiento podría empeorarla?',
          'Tengo un trasplante de órgano. ¿Este tratamiento podría dañarlo?',
          '¿Qué análisis de sangre me harán antes de cada dosis?',
          '¿Me pueden dar una tarjeta para la cartera que diga que recibo inmunoterapia?',
        ],
      },
      'monoclonal-antibodies': {
        name: 'Anticuerpos monoclonales',
        otherNames: ['Anticuerpos dirigidos', 'mAb'],
        summary: 'Proteínas hechas en un laboratorio que se pegan a un blanco en las células del cáncer.',
        howItWorks: [
          'Los anticuerpos son proteínas que produce el sistema inmunitario para pegarse a los gérmenes. Los anticuerpos monoclonales se hacen en un laboratorio para que se peguen a un blanco en las células del cáncer.',
          'Algunos marcan las células del cáncer para que las células inmunitarias las encuentren y las maten. Otros bloquean señales que ayudan al cáncer a crecer. Los anticuerpos biespecíficos son un tipo especial y tienen su propia sección.',
          'Algunos medicamentos de este grupo, como el bevacizumab, no usan el sistema inmunitario. Impiden que el tumor forme vasos sanguíneos nuevos.',
        ],
        givenBy: ['Por una vena (suero o goteo intravenoso)', 'Como inyección debajo de la piel (algunos medicamentos)'],
        schedule:
          'La mayoría se da en una clínica cada 1 a 4 semanas. El primer goteo muchas veces se pasa despacio para vigilar si hay una reacción. Algunos se dan junto con quimioterapia.',
        sideEffectsNote: [
          'El problema más común es una reacción durante el goteo, como escalofríos, fiebre o sarpullido. Es posible que le den un medicamento antes del goteo para ayudar a evitarla.',
          'Otros efectos secundarios dependen del blanco. Por ejemplo, el cetuximab suele causar un sarpullido parecido al acné. El trastuzumab puede afectar el corazón.',
        ],
        questions: [
          '¿A qué blanco se pega este anticuerpo, y cómo actúa en mi cáncer?',
          '¿Me darán un medicamento antes del goteo para evitar una reacción?',
          '¿Necesito pruebas del corazón, análisis de sangre u otros controles durante el tratamiento?',
          '¿Lo voy a recibir solo o junto con quimioterapia?',
        ],
      },
      'car-t': {
        name: 'Terapia de células T con CAR',
        otherNames: ['CAR-T', 'Terapia de células T con receptor de antígeno quimérico', 'Terapia celular'],
        summary: 'Se cambian sus propias células T en un laboratorio para que puedan encontrar y matar las células del cáncer.',
        howItWorks: [
          'Las células T son glóbulos blancos que matan células enfermas. En la terapia CAR-T, se sacan de su sangre algunas de sus células T.',
          'En un laboratorio se les agrega una parte nueva llamada CAR. Funciona como una llave que encaja en una marca de sus células del cáncer. Luego las células se multiplican y se las devuelven. Ya dentro de su cuerpo, encuentran el cáncer y lo atacan.',
        ],
        medicines: {
          'axicabtagene ciloleucel': 'axicabtagén ciloleucel',
          'lisocabtagene maraleucel': 'lisocabtagén maraleucel',
          'brexucabtagene autoleucel': 'brexucabtagén autoleucel',
          'idecabtagene vicleucel': 'idecabtagén vicleucel',
          'ciltacabtagene autoleucel': 'ciltacabtagén autoleucel',
        },
        givenBy: ['Por una vena (goteo intravenoso), por lo general una sola vez'],
        schedule: [
          {
            ordered: true,
            list: [
              'Recolección de células: se saca sangre por un tubo y pasa por una máquina que guarda algunos glóbulos blancos. Esto dura unas horas.',
              'Preparación de las células CAR-T: el laboratorio cambia y multiplica sus células. Esto suele tardar unas semanas. Mientras espera, es posible que reciba otro tratamiento contra el cáncer.',
              'Quimioterapia: unos días antes de la infusión, recibe una quimioterapia corta para hacer espacio a las células nuevas.',
              'Infusión: las células CAR-T se pasan por un goteo. Esto suele durar menos de una hora.',
              'Vigilancia de cerca: al principio, su equipo lo revisa todos los días, muchas veces en el hospital. Después debe quedarse a unas 2 horas o menos del centro de tratamiento durante al menos 2 semanas; algunos centros piden 4. Un cuidador se queda con usted de día y de noche.',
              'Más adelante: no maneje durante al menos 2 semanas, o más tiempo si su equipo se lo indica. Tendrá controles durante años, y el equipo le preguntará por su salud hasta por 15 años.',
            ],
          },
        ],
        sideEffectsNote: [
          'Hay dos efectos secundarios que necesitan atención rápida. El síndrome de liberación de citocinas (SLC o CRS, por sus siglas en inglés) ocurre cuando el sistema inmunitario se vuelve muy activo. Causa fiebre y síntomas parecidos a la gripe, y puede bajar la presión arterial. Suele empezar en las primeras 1 a 2 semanas.',
          'El segundo afecta el cerebro y los nervios. Los médicos lo llaman ICANS. Puede causar confusión, problemas para hablar o escribir, temblores o convulsiones. Los dos pueden ser graves, pero por lo general mejoran con un tratamiento rápido.',
          'La terapia CAR-T también puede bajar sus recuentos sanguíneos durante mucho tiempo. Esto aumenta el riesgo de infecciones, así que es posible que más adelante necesite medicamentos y vacunas adicionales.',
          'En casos raros, ha aparecido un nuevo cáncer de la sangre años después de la terapia CAR-T. Esta es una de las razones por las que su equipo lo seguirá controlando durante mucho tiempo.',
        ],
        questions: [
          '¿Cuánto tiempo tengo que quedarme cerca del centro de tratamiento, y quién puede ser mi cuidador?',
          '¿Cuándo puedo volver a manejar?',
          '¿Qué señales debe vigilar mi cuidador, y a qué número llamamos de día o de noche?',
          '¿Qué tratamiento voy a recibir mientras preparan mis células?',
          '¿Qué citas de control y qué pruebas necesitaré en los meses siguientes?',
        ],
      },
      'bispecific-antibodies': {
        name: 'Anticuerpos biespecíficos',
        otherNames: ['Activadores biespecíficos de células T', 'BiTE', 'Activadores de células T'],
        summary: 'Proteínas hechas en un laboratorio que juntan una célula T y una célula del cáncer para que la célula T la mate.',
        howItWorks: [
          'Un anticuerpo es una proteína que se pega a un blanco. Un anticuerpo biespecífico tiene dos brazos. Un brazo se pega a una célula T, un glóbulo blanco que mata células enfermas. El otro brazo se pega a una marca de las células del cáncer.',
          'Al mantener las dos células juntas, el medicamento activa la célula T para que ataque la célula del cáncer.',
        ],
        givenBy: ['Por una vena (suero o goteo intravenoso)', 'Como inyección debajo de la piel (algunos medicamentos)'],
        schedule: [
          'La mayoría empieza con dosis pequeñas que suben hasta la dosis completa durante la primera o la segunda semana. Es posible que tenga que quedarse en el hospital de 1 a 3 días después de cada una de estas primeras dosis. Así el equipo puede vigilar si hay una reacción.',
          'El blinatumomab es distinto. Entra despacio por una vena de día y de noche durante 4 semanas. Pasa desde una bomba pequeña que usted lleva consigo. Los primeros días muchas veces se pasan en el hospital.',
          'Después de las primeras semanas, la mayoría de las personas recibe las dosis en una clínica, cada 1 a 4 semanas.',
        ],
        sideEffectsNote: [
          'Los anticuerpos biespecíficos pueden causar los mismos dos efectos secundarios que la terapia CAR-T. El síndrome de liberación de citocinas (SLC o CRS) causa fiebre y síntomas parecidos a la gripe, y puede bajar la presión arterial. El ICANS afecta el cerebro y los nervios, y puede causar confusión o problemas para hablar. Los dos son más probables después de las primeras dosis.',
          'Estos medicamentos también pueden bajar los recuentos sanguíneos, así que las infecciones son más probables. Algunos pueden causar otros efectos secundarios, como cambios en el gusto, la piel o las uñas.',
        ],
        questions: [
          '¿Cuánto tiempo voy a estar en el hospital para las primeras dosis?',
          '¿A quién llamo de día o de noche si me da fiebre?',
          '¿Puedo manejar durante las primeras semanas?',
          '¿Qué medicamentos o vacunas necesito para evitar infecciones?',
        ],
      },
      'til-therapy': {
        name: 'Terapia con TIL',
        otherNames: ['Terapia con linfocitos infiltrantes de tumor', 'Lifileucel'],
        summary: 'Células T sacadas de su propio tumor se multiplican en un laboratorio y se las devuelven.',
        howItWorks: [
          'Algunas células T llegan solas a un tumor. Se llaman linfocitos infiltrantes de tumor, o TIL. Ya conocen el cáncer, pero no son suficientes para vencerlo.',
          'En la terapia con TIL, se saca un pedazo del tumor con una cirugía. En un laboratorio, las células T de ese pedazo se multiplican hasta llegar a miles de millones. Luego se las devuelven por un goteo.',
        ],
        givenBy: ['Por una vena (goteo intravenoso), por lo general una sola vez'],
        schedule: [
          'Primero se saca un pedazo del tumor. Preparar las células toma varias semanas. Después se queda en el hospital, muchas veces de 2 a 3 semanas. Recibe una semana de quimioterapia, luego las células TIL y después hasta 6 dosis de IL-2 para ayudar a que las células crezcan.',
        ],
        sideEffectsNote: [
          'La mayoría de los efectos secundarios vienen de la quimioterapia y de la IL-2 que se dan junto con las células. Incluyen escalofríos, fiebre, presión arterial baja y dificultad para respirar. Los recuentos sanguíneos pueden quedar bajos por un tiempo, así que las infecciones son más probables. El equipo lo vigila de cerca en el hospital.',
        ],
        questions: [
          '¿La terapia con TIL es una buena opción para mi melanoma?',
          '¿Cuánto tiempo estaré en el hospital, y cuánto tardaré en recuperarme?',
          '¿Qué pasa mientras preparan mis células?',
        ],
      },
      'cancer-vaccines': {
        name: 'Vacunas de tratamiento contra el cáncer',
        otherNames: ['Vacunas terapéuticas contra el cáncer', 'Vacunas hechas con células'],
        summary: 'Vacunas que le enseñan al sistema inmunitario a reconocer un cáncer que usted ya tiene.',
        howItWorks: [
          'La mayoría de las vacunas ayudan a prevenir una enfermedad. Las vacunas de tratamiento contra el cáncer son distintas: se dan a personas que ya tienen cáncer. Le muestran al sistema inmunitario una marca del cáncer para que aprenda a atacarlo.',
          'El sipuleucel-T se hace con sus propias células inmunitarias. Se recolectan, se entrenan en un laboratorio para reaccionar a una marca del cáncer de próstata y luego se las devuelven.',
          'La BCG, una vacuna creada al principio contra la tuberculosis, también se usa para tratar el cáncer de vejiga en etapa temprana. Puede leer sobre ella en la sección de la BCG.',
        ],
        givenBy: ['Por una vena (suero o goteo intravenoso)'],
        schedule:
          'Con el sipuleucel-T, recibe 3 rondas, con unas 2 semanas entre una y otra. En cada ronda se recolectan sus células y unos 3 días después se las devuelven en un goteo que dura más o menos 1 hora.',
        sideEffectsNote:
          'Los efectos secundarios suelen ser leves y cortos. Es común tener escalofríos, fiebre, cansancio, dolores en el cuerpo, dolor de cabeza y náuseas durante uno o dos días después de cada goteo.',
        questions: [
          '¿Una vacuna de tratamiento es una opción para mi cáncer, o solo en un ensayo clínico?',
          '¿Cómo sabremos si la vacuna está funcionando?',
          '¿Puedo recibir otros tratamientos al mismo tiempo?',
        ],
      },
      cytokines: {
        name: 'Citocinas',
        otherNames: ['Interleucinas', 'Interleucina-2 (IL-2)', 'Interferones', 'Moduladores del sistema inmunitario'],
        summary: 'Proteínas que estimulan todo el sistema inmunitario.',
        howItWorks: [
          'Las citocinas son proteínas que las células inmunitarias usan para enviarse mensajes entre sí. Algunas les dicen a las células inmunitarias que crezcan y se vuelvan más activas.',
          'Las citocinas hechas en un laboratorio, como la interleucina-2 (IL-2) y el interferón alfa, estimulan el sistema inmunitario para que combata mejor el cáncer. Hoy se usan menos, porque muchas veces se eligen medicamentos más nuevos.',
        ],
        medicines: { aldesleukin: 'aldesleucina', 'interferon alfa': 'interferón alfa' },
        givenBy: ['Por una vena (suero o goteo intravenoso)', 'Como inyección debajo de la piel', 'En la vejiga, por un tubo delgado'],
        schedule:
          'La IL-2 en dosis altas se da en el hospital, varias veces al día durante unos días, con vigilancia de cerca. El interferón muchas veces se da en inyecciones unas cuantas veces por semana. El tratamiento que se pone en la vejiga se da junto con la BCG, en un horario fijo.',
        sideEffectsNote:
          'Es común tener síntomas parecidos a la gripe, como fiebre, escalofríos, dolores en el cuerpo y cansancio. La IL-2 en dosis altas puede bajar la presión arterial y hacer que se acumule líquido en el cuerpo; por eso se da en el hospital. El interferón puede afectar el estado de ánimo, así que avise a su equipo si se siente triste o decaído.',
        questions: [
          '¿Por qué esta citocina es una buena opción para mí?',
          '¿Tendré que quedarme en el hospital?',
          '¿Cómo puedo manejar en casa los síntomas parecidos a la gripe?',
        ],
      },
      'oncolytic-viruses': {
        name: 'Terapia con virus oncolíticos',
        otherNames: ['Virus que matan el cáncer', 'T-VEC'],
        summary: 'Un virus modificado que infecta las células del cáncer y las rompe.',
        howItWorks: [
          'Un virus oncolítico es un virus cambiado en un laboratorio para que infecte mucho más a las células del cáncer que a las sanas. Dentro de la célula del cáncer, hace copias de sí mismo hasta que la célula revienta.',
          'Cuando las células del cáncer se rompen, sueltan marcas. Esto puede ayudar al sistema inmunitario a aprender a atacar el cáncer también en otras partes del cuerpo.',
        ],
        medicines: { 'talimogene laherparepvec': 'talimogén laherparepvec' },
        givenBy: ['Inyectado directamente en el tumor'],
        schedule:
          'El T-VEC se inyecta en tumores de la piel o en ganglios linfáticos cercanos a la piel. La segunda dosis se da 3 semanas después de la primera. Luego, por lo general, se da cada 2 semanas.',
        sideEffectsNote: [
          'Es común tener síntomas parecidos a la gripe, como escalofríos, fiebre y cansancio, en los días después de una inyección. Puede doler el lugar de la inyección.',
          'El T-VEC está hecho con el virus que causa el herpes labial (fuegos o llagas en los labios). Mantenga cubiertos los lugares de la inyección y trate de no tocarlos. Las personas embarazadas o con defensas bajas no deben tocar los vendajes. Avise a su equipo si le salen llagas parecidas al herpes labial.',
        ],
        questions: [
          '¿Cuáles de mis tumores se pueden inyectar?',
          '¿Cómo cuido los lugares de la inyección y cómo protejo a las personas con las que vivo?',
          '¿Voy a recibir también otro tratamiento, como un inhibidor de puntos de control?',
        ],
      },
      bcg: {
        name: 'BCG y otras inmunoterapias no específicas',
        otherNames: ['Bacilo de Calmette-Guérin', 'BCG intravesical', 'Modificadores de la respuesta inmunitaria'],
        summary: 'Tratamientos que despiertan el sistema inmunitario de forma general, cerca del cáncer.',
        howItWorks: [
          'La BCG es una forma debilitada de un germen parecido al que causa la tuberculosis. Se pone dentro de la vejiga, donde causa una reacción inmunitaria que puede matar las células del cáncer en el revestimiento de la vejiga.',
          'El imiquimod es una crema que causa una reacción inmunitaria en la piel donde se aplica. Puede tratar algunos cánceres de piel muy tempranos.',
          'Pastillas como la lenalidomida cambian la forma en que actúan las células inmunitarias. Se usan sobre todo para el mieloma múltiple.',
        ],
        medicines: { lenalidomide: 'lenalidomida', pomalidomide: 'pomalidomida' },
        givenBy: ['En la vejiga, por un tubo delgado', 'En crema sobre la piel', 'Por la boca, en cápsulas'],
        schedule: [
          'La BCG se da por lo general una vez por semana durante 6 semanas. Debe aguantarla en la vejiga unas 2 horas antes de orinar. Después, muchas personas reciben más dosis cada pocos meses durante 1 a 3 años.',
          'El imiquimod se pone en la piel unas cuantas veces por semana durante varias semanas. La lenalidomida y pastillas parecidas se toman en casa en un horario fijo.',
        ],
        sideEffectsNote: [
          'Después de la BCG, es común sentir ardor al orinar o tener ganas de orinar seguido. Puede ver un poco de sangre en la orina, o sentirse como con una gripe leve por uno o dos días. Llame a su equipo médico ahora si tiene fiebre de 100.4\u00a0°F (38\u00a0°C) o más, o escalofríos con temblores. Llame también si los síntomas duran más de 2 días. Su equipo le explicará cómo limpiar el inodoro y cómo proteger a los demás después de cada tratamiento.',
          'El imiquimod muchas veces deja la piel roja, adolorida y con costras donde se aplica. La lenalidomida y la pomalidomida pueden causar coágulos de sangre. También pueden causar defectos de nacimiento graves, así que le darán reglas de seguridad especiales.',
        ],
        questions: [
          '¿Cuántos tratamientos con BCG voy a recibir, y por cuánto tiempo?',
          '¿Qué debo hacer en casa después de cada tratamiento para proteger a mi familia?',
          '¿Qué efectos secundarios son normales, y cuáles significan que debo llamar?',
          '¿Qué pasa si la BCG no funciona o si no hay suficiente?',
        ],
      },
    },
  },

  steps: {
    intro: 'Así es como su sistema inmunitario puede encontrar y combatir el cáncer, y dónde ayuda la inmunoterapia.',
    items: {
      'spot-the-difference': {
        title: 'Ver la diferencia',
        text: 'Las células del cáncer muchas veces tienen marcas raras en su superficie. Su sistema inmunitario puede aprender a ver estas marcas como una señal de que algo anda mal.',
        detail:
          'Estas marcas se llaman antígenos. Las células sanas también tienen marcas, y el sistema inmunitario aprende a dejarlas en paz. Las células del cáncer pueden tener marcas nuevas o cambiadas, y por eso pueden llamar la atención.',
      },
      'cancer-hides': {
        title: 'Cómo se esconde el cáncer',
        text: 'Las células del cáncer pueden esconderse del sistema inmunitario. Algunas aprietan los “frenos” del sistema inmunitario para apagarlo.',
        detail: [
          'Los frenos se llaman puntos de control. Normalmente evitan que el sistema inmunitario dañe las células sanas. El cáncer puede usarlos para apagar las células T, un tipo de glóbulo blanco que mata células enfermas.',
          'Aun así, a medida que las células del cáncer crecen y mueren, sueltan pedacitos de sus marcas. Esto le da al sistema inmunitario la oportunidad de notarlas.',
        ],
      },
      'show-the-target': {
        title: 'Mostrar el blanco',
        text: 'Unas células especiales recogen las marcas del cáncer y las llevan a los ganglios linfáticos. Allí les muestran las marcas a las células T, como un cartel de “se busca”.',
        detail:
          'Las células que hacen esto se llaman células dendríticas. Los ganglios linfáticos son glándulas pequeñas, con forma de frijol, donde se reúnen las células inmunitarias. Las vacunas de tratamiento contra el cáncer actúan en este paso: le dan al sistema inmunitario más marcas de las que aprender.',
      },
      'release-the-brakes': {
        title: 'Soltar los frenos',
        text: 'Los inhibidores de puntos de control bloquean los frenos. Las células T que conocen el blanco se activan y hacen muchas copias de sí mismas.',
        detail: [
          'Hay más de un freno. Uno, llamado CTLA-4, actúa sobre todo aquí, en los ganglios linfáticos, cuando las células T se activan por primera vez. Otro, llamado PD-1, actúa sobre todo después, dentro del tumor. Las células del cáncer pueden apretarlo con una parte llamada PD-L1. Cada medicamento bloquea un freno distinto.',
          'Más células T significa una fuerza más grande contra el cáncer. Como los frenos están sueltos, a veces las células T también atacan partes sanas del cuerpo. Por eso la inmunoterapia puede causar efectos secundarios en lugares como la piel, los intestinos o los pulmones.',
        ],
      },
      'find-the-tumor': {
        title: 'Encontrar el tumor',
        text: 'Las células T activas salen de los ganglios linfáticos y viajan por la sangre. Buscan en todo el cuerpo las células que llevan el blanco.',
        detail:
          'Las células T pueden llegar a tumores en muchas partes del cuerpo, no solo al lugar donde empezó el cáncer. En algunos tumores es difícil que entren las células T; esa es una de las razones por las que la inmunoterapia funciona mejor en unas personas que en otras.',
      },
      attack: {
        title: 'Atacar el cáncer',
        text: 'Cuando las células T encuentran una célula del cáncer con el blanco, la atacan y la matan. Dentro del tumor, los medicamentos que bloquean PD-1 o PD-L1 evitan que las células T se apaguen.',
        detail: [
          'Los anticuerpos pueden ayudar marcando las células del cáncer para el ataque. Los anticuerpos biespecíficos juntan una célula T con una célula del cáncer.',
          'En la terapia CAR-T, las células T de la persona se cambian en un laboratorio para que encuentren una marca del cáncer. Millones de estas células se devuelven por un goteo y atacan el cáncer directamente. La terapia con TIL es parecida: multiplica células T sacadas del mismo tumor.',
        ],
      },
      remember: {
        title: 'Recordar el cáncer',
        text: 'Algunas células T se vuelven células de memoria. Se quedan vigilando y pueden actuar rápido si el mismo cáncer regresa.',
        detail:
          'Esta memoria es una de las razones por las que el efecto de la inmunoterapia puede durar mucho tiempo en algunas personas, incluso después de terminar el tratamiento. No les pasa a todos, y su equipo médico lo seguirá controlando.',
      },
      combine: {
        title: 'Junto con otros tratamientos',
        text: 'Muchas veces se dan al mismo tiempo otros tratamientos contra el cáncer, como quimioterapia, radiación o cirugía. Pueden pasar semanas o meses antes de saber si está funcionando.',
        detail: [
          'Otros tratamientos pueden matar células del cáncer y soltar más marcas, lo que puede ayudar al sistema inmunitario. Su equipo médico elegirá la combinación que mejor se adapte a su cáncer.',
          'A veces un tumor se ve más grande en un estudio de imágenes antes de achicarse. Esto puede pasar cuando muchas células inmunitarias entran al tumor. Los médicos lo llaman seudoprogresión. No es común, así que su equipo mirará sus estudios y cómo se siente usted para decidir qué significa.',
        ],
      },
    },
  },

  symptoms: {
    intro: [
      'Marque todo lo que haya notado desde que empezó su tratamiento. Verá qué hacer en cada caso.',
      'Los efectos secundarios pueden empezar en cualquier momento. Algunos empiezan un año o más después de terminar el tratamiento. La mayoría se puede tratar, y es más fácil tratarlos si se detectan a tiempo. Si tiene dudas, llame a su equipo médico.',
    ],
    groups: {
      general: 'General',
      skin: 'Piel',
      gut: 'Estómago, intestinos e hígado',
      breathing: 'Respiración, pecho y corazón',
      hormones: 'Hormonas y energía',
      infusion: 'Durante una infusión o poco después',
      'car-t-fever': 'Síntomas parecidos a la gripe (CAR-T o anticuerpo biespecífico)',
      'car-t-nervous': 'Confusión y otras señales en los nervios (CAR-T o anticuerpo biespecífico)',
    },
    items: {
      fever: {
        label: 'Temperatura de 100.4\u00a0°F (38\u00a0°C) o más',
        hint: 'Tómese la temperatura con un termómetro si siente calor, frío o escalofríos. Después de CAR-T o de un anticuerpo biespecífico, tómela tan seguido como le indique su equipo, aunque se sienta bien.',
        advice:
          'Llame a su equipo médico ahora, aunque sea de noche. La fiebre puede ser señal de una infección o de que su sistema inmunitario está reaccionando al tratamiento.',
        levels: {
          'car-t':
            'Busque ayuda ahora. Llame a su número local de emergencias o vaya a la sala de emergencias más cercana. Diga qué tratamiento recibió. Después llame a su equipo de tratamiento. La fiebre puede ser la primera señal del síndrome de liberación de citocinas (SLC o CRS). Esto pasa cuando el sistema inmunitario se activa demasiado de golpe, y puede volverse grave en cuestión de horas.',
          bispecific:
            'Busque ayuda ahora. Llame a su número local de emergencias o vaya a la sala de emergencias más cercana. Diga qué tratamiento recibió. Después llame a su equipo de tratamiento. La fiebre puede ser la primera señal del síndrome de liberación de citocinas (SLC o CRS). Esto pasa cuando el sistema inmunitario se activa demasiado de golpe, y puede volverse grave en cuestión de horas.',
        },
      },
      headache: {
        label: 'Dolor de cabeza que no se quita o que se siente distinto a sus dolores de cabeza de siempre',
        hint: 'Grave quiere decir que empezó de repente, que es el peor dolor de cabeza que ha tenido o que además tiene el cuello rígido.',
        advice: [
          'Llame a su equipo médico ahora. Un dolor de cabeza que no se quita puede ser señal de que está inflamada una glándula de hormonas que está cerca del cerebro.',
          'Busque atención de emergencia si empezó de repente o es grave. Busque atención de emergencia también si viene con fiebre, cuello rígido, confusión o un cambio en la vista.',
        ],
      },
      'joint-muscle-pain': {
        label: 'Dolor, hinchazón o rigidez nuevos en las articulaciones o los músculos',
        hint: 'Por ejemplo, rodillas, manos u hombros adoloridos que antes estaban bien.',
        advice:
          'Si es leve, avise a su equipo médico en los próximos días, o en su próxima cita si es antes. Si le dificulta las tareas del día, llámelos ahora. Pregunte antes de tomar cualquier medicamento para el dolor.',
      },
      'muscle-weakness-numbness': {
        label: 'Debilidad, adormecimiento u hormigueo nuevos en los brazos, las piernas, las manos o los pies',
        hint: 'Esto incluye párpados caídos, dificultad para levantar cosas o dificultad para caminar. Grave quiere decir que le cuesta respirar, tragar o hablar, o que no puede ponerse de pie.',
        advice:
          'Llame a su equipo médico ahora. Si le cuesta respirar o tragar, o si no puede ponerse de pie ni caminar, busque atención de emergencia.',
      },
      'vision-changes': {
        label: 'Visión borrosa o doble, dolor en los ojos u ojos rojos',
        hint: 'Esto incluye ojos que duelen con la luz fuerte.',
        advice:
          'Llame a su equipo médico ahora. Es posible que un oftalmólogo (médico de los ojos) tenga que revisarle los ojos pronto. Si de repente no puede ver, busque atención de emergencia.',
      },
      'vision-loss': {
        label: 'Pérdida repentina de la vista, o una mancha oscura o vacía en lo que ve',
        hint: 'En un ojo o en los dos. Busque ayuda aunque la vista le vuelva después de unos minutos.',
        advice:
          'Busque atención de emergencia ahora. Llame a su número local de emergencias. La pérdida repentina de la vista necesita atención en cuestión de horas.',
      },
      'confusion-or-seizure': {
        label: 'Confusión, una convulsión o un cambio repentino en su forma de pensar o de actuar',
        hint: 'Puede que su familia lo note antes que usted.',
        advice:
          'Busque atención de emergencia ahora. Llame a su número local de emergencias. Dígale al equipo de emergencias que recibe inmunoterapia.',
      },
      'rash-itch': {
        label: 'Sarpullido o picazón en la piel',
        hint: 'Leve quiere decir una zona pequeña que casi no le molesta. Grave quiere decir la mayor parte del cuerpo, o que no lo deja dormir.',
        advice:
          'Si el sarpullido es pequeño y leve, avise a su equipo médico en los próximos días, o en su próxima cita si es antes. Llámelos ahora si se extiende, cubre una zona grande o no lo deja dormir.',
      },
      'blisters-peeling': {
        label: 'Ampollas o piel que se pela, o llagas en la boca, los ojos o las partes íntimas',
        hint: 'Esto es raro, pero puede ser grave.',
        advice:
          'Llame a su equipo médico ahora. Si se extiende rápido, o si además tiene fiebre y se siente muy mal, busque atención de emergencia.',
      },
      diarrhea: {
        label: 'Diarrea, o evacuar más veces de lo normal',
        hint: 'Grave quiere decir 7 o más evacuaciones de más al día, o que se siente a punto de desmayarse o con mucha sed.',
        advice:
          'Llame a su equipo médico ahora, aunque sea leve. No tome medicamentos contra la diarrea a menos que ellos se lo indiquen. Tome muchos líquidos. Si es grave, busque atención de emergencia.',
      },
      'belly-pain-or-blood': {
        label: 'Dolor de barriga, o sangre o moco en las heces (la popó), o heces negras',
        hint: 'El moco es una baba transparente o blanca.',
        advice:
          'Llame a su equipo médico ahora. Si el dolor es muy fuerte o está perdiendo mucha sangre, busque atención de emergencia.',
      },
      'nausea-vomiting': {
        label: 'Náuseas, vómitos o falta de ganas de comer',
        hint: 'Grave quiere decir que no puede retener los líquidos que toma.',
        advice: [
          'Si es leve, avise a su equipo médico en los próximos días, o en su próxima cita si es antes. Si dura más de un día, llámelos ahora.',
          'Si no puede retener los líquidos, busque atención de emergencia. Puede estar perdiendo demasiado líquido. También puede ser señal de un problema grave de azúcar o de hormonas.',
        ],
        levels: {
          'car-t':
            'Llame a su equipo de tratamiento ahora. Después de CAR-T, esto puede ser señal del síndrome de liberación de citocinas (SLC o CRS) o de una infección. Si no puede retener los líquidos, busque atención de emergencia.',
        },
      },
      'yellow-skin-or-eyes': {
        label: 'Piel amarilla o lo blanco de los ojos amarillo, u orina oscura del color del té',
        hint: 'Pueden ser señales de que el hígado está inflamado.',
        advice: 'Llame a su equipo médico ahora. Lo más probable es que necesite un análisis de sangre para revisar el hígado.',
      },
      'cough-or-short-of-breath': {
        label: 'Tos nueva o peor, o falta de aire',
        hint: 'Grave quiere decir que le falta el aire cuando está en reposo o cuando habla.',
        advice:
          'Llame a su equipo médico ahora. Puede que tenga los pulmones inflamados, y esto es más fácil de tratar a tiempo. Si le cuesta mucho respirar, busque atención de emergencia.',
      },
      'chest-pain-or-heartbeat': {
        label: 'Dolor o presión en el pecho, o latidos muy rápidos o irregulares',
        hint: 'Esto incluye un corazón que se acelera cuando está en reposo. No espere a ver si se le pasa.',
        advice:
          'Busque atención de emergencia ahora. Llame a su número local de emergencias. Diga qué tratamiento recibe.',
      },
      tiredness: {
        label: 'Sentirse más cansado o débil que de costumbre',
        hint: 'Grave quiere decir que no puede hacer sus tareas de todos los días o que pasa en la cama la mayor parte del día.',
        advice:
          'El cansancio leve es común. Avise a su equipo médico en los próximos días, o en su próxima cita si es antes. Si es nuevo y fuerte, o está empeorando, llámelos ahora. Puede ser señal de un problema de hormonas que se puede encontrar con un análisis de sangre.',
        levels: {
          'car-t':
            'Llame a su equipo de tratamiento ahora. Después de CAR-T, sentirse muy cansado o débil puede ser señal del síndrome de liberación de citocinas (SLC o CRS) o de una infección. Si casi no puede levantarse de la cama, busque atención de emergencia.',
        },
      },
      'thirst-and-peeing': {
        label: 'Mucha sed, orinar mucho más que de costumbre, o aliento con olor a fruta',
        hint: 'Pueden ser señales de azúcar alta en la sangre.',
        advice:
          'Llame a su equipo médico ahora. Si además está vomitando, respira rápido o se siente confundido, busque atención de emergencia.',
      },
      'dizzy-or-faint': {
        label: 'Mareo, sensación de desmayo o desmayo',
        hint: 'Grave quiere decir que se desmayó o casi se desmaya.',
        advice: 'Siéntese o acuéstese y llame a su equipo médico ahora. Si se desmayó, busque atención de emergencia.',
        levels: {
          'car-t':
            'Acuéstese y llame a su equipo de tratamiento ahora. Después de CAR-T o de un anticuerpo biespecífico, el mareo puede significar que tiene la presión baja. Si no se le pasa en unos minutos, o si se desmaya, busque atención de emergencia.',
          bispecific:
            'Acuéstese y llame a su equipo de tratamiento ahora. Después de CAR-T o de un anticuerpo biespecífico, el mareo puede significar que tiene la presión baja. Si no se le pasa en unos minutos, o si se desmaya, busque atención de emergencia.',
        },
      },
      'hot-cold-weight-changes': {
        label: 'Sentir demasiado calor o demasiado frío, sudar, o subir o bajar de peso sin querer',
        hint: 'Puede venir con temblores, nervios o tristeza.',
        advice: [
          'Pueden ser señales de un problema de la tiroides. La tiroides es una glándula del cuello que controla qué tan rápido usa su cuerpo la energía. Un análisis de sangre puede encontrar el problema.',
          'Si es leve, avise a su equipo médico en los próximos días, o en su próxima cita si es antes. Si le molesta mucho, llámelos ahora.',
        ],
      },
      'infusion-reaction': {
        label: 'Escalofríos, fiebre, enrojecimiento, picazón, sarpullido o ronchas durante una infusión o poco después',
        hint: 'Enrojecimiento quiere decir que la cara se pone roja y caliente. Una infusión es un goteo por la vena.',
        advice:
          'Avísele a su enfermera de inmediato. Puede hacer más lento o parar el goteo y darle un medicamento. Si empieza cuando ya está en casa, llame a su equipo médico ahora.',
      },
      'infusion-swelling-or-wheezing': {
        label: 'Hinchazón de los labios, la cara, la lengua o la garganta, o silbido al respirar o dificultad para respirar',
        hint: 'Puede ser una reacción alérgica grave.',
        advice:
          'Si todavía está en la clínica, avísele a la enfermera en ese mismo momento. Si está en casa, busque atención de emergencia ahora llamando a su número local de emergencias.',
      },
      'car-t-chills-aches': {
        label: 'Escalofríos, temblar de frío o dolores en el cuerpo',
        hint: 'Puede sentirse como una gripe. Tómese también la temperatura.',
        advice:
          'Busque ayuda ahora. Llame a su número local de emergencias o vaya a la sala de emergencias más cercana, y diga qué tratamiento recibió. Después llame a su equipo de tratamiento. Pueden ser las primeras señales del síndrome de liberación de citocinas (SLC o CRS), que puede volverse grave en cuestión de horas.',
      },
      'car-t-breathing': {
        label: 'Dificultad para respirar, o respirar mucho más rápido que de costumbre',
        hint: 'Esto incluye sentir que le falta el aire cuando está en reposo.',
        advice:
          'Busque atención de emergencia ahora. Llame a su número local de emergencias y diga qué tratamiento recibió.',
      },
      'car-t-infection': {
        label: 'Señales de infección, como dolor de garganta, tos, ardor al orinar, o enrojecimiento o pus cerca de su vía intravenosa',
        hint: 'Después de CAR-T o de un anticuerpo biespecífico, puede tener menos células que combaten los gérmenes durante meses.',
        advice: 'Llame a su equipo de tratamiento ahora. Después de este tratamiento, las infecciones pueden empeorar rápido.',
      },
      'car-t-confusion': {
        label: 'Confusión, no saber dónde está o comportarse de forma distinta a la de siempre',
        hint: 'Puede que su cuidador lo note antes que usted.',
        advice:
          'Busque atención de emergencia ahora. Llame a su número local de emergencias o vaya a la sala de emergencias más cercana, y diga qué tratamiento recibió. Después avise a su equipo de tratamiento.',
      },
      'car-t-speech-writing': {
        label: 'Dificultad para hablar, encontrar las palabras, entender a los demás o escribir',
        hint: 'Su equipo puede pedirle que escriba una oración corta cada día para revisar su letra.',
        advice:
          'Busque atención de emergencia ahora y diga qué tratamiento recibió. Estas señales muchas veces mejoran con un tratamiento rápido.',
      },
      'car-t-shaking-seizure': {
        label: 'Temblores o sacudidas que no puede controlar, o una convulsión',
        hint: 'Una convulsión es cuando el cuerpo se sacude de repente, o la persona se queda con la mirada fija y no responde.',
        advice:
          'Busque atención de emergencia ahora llamando a su número local de emergencias. Durante una convulsión, no le ponga nada en la boca a la persona. Acuéstela de lado.',
      },
      'car-t-very-sleepy': {
        label: 'Tener mucho sueño, o que sea muy difícil despertarse',
        hint: 'Esto es más que el cansancio normal.',
        advice:
          'Busque atención de emergencia ahora. Llame a su número local de emergencias y diga qué tratamiento recibió la persona.',
      },
      'car-t-late-nerve-signs': {
        label: 'Cara débil o caída, adormecimiento, o movimientos más lentos o más rígidos',
        hint: 'Pueden empezar semanas o incluso meses después del tratamiento.',
        advice:
          'Llame ahora a su equipo de tratamiento. Si empieza de repente o no puede mover una parte del cuerpo, busque atención de emergencia.',
      },
    },
    combinations: {
      'headache-warning-signs': {
        explanation:
          'Un dolor de cabeza con fiebre, un cambio en la vista o confusión puede ser señal de hinchazón en el cerebro o alrededor de él.',
        advice: 'Busque atención de emergencia ahora. Llame a su número local de emergencias.',
      },
      pituitary: {
        explanation:
          'Un dolor de cabeza con cambios en la vista y cansancio puede significar que la hipófisis está inflamada. Esta pequeña glándula debajo del cerebro controla muchas de sus hormonas.',
        advice: 'Busque atención de emergencia ahora. Llame a su número local de emergencias y diga que recibe inmunoterapia.',
      },
      'adrenal-crisis': {
        explanation:
          'Cansancio, mareo y vómitos juntos pueden significar que a su cuerpo le falta mucho cortisol. Esta hormona mantiene la presión arterial y el azúcar en la sangre. Quedarse sin ella se llama crisis suprarrenal.',
        advice:
          'Busque atención de emergencia ahora. Si toma esteroides (pastillas de hormonas como la hidrocortisona) y tiene una inyección de emergencia, úsela como le enseñaron. Muestre su tarjeta de emergencia de esteroides.',
      },
      'blisters-and-fever': {
        explanation:
          'Ampollas o piel que se pela junto con fiebre pueden ser una reacción de la piel rara pero grave. Necesita atención en el hospital de inmediato.',
        advice: 'Busque atención de emergencia ahora. Llame a su número local de emergencias.',
      },
      'weakness-and-breathing': {
        explanation:
          'Debilidad nueva con tos o falta de aire puede significar que se están debilitando los músculos que usa para respirar. Esto puede empeorar en cuestión de horas.',
        advice: 'Busque atención de emergencia ahora. Llame a su número local de emergencias.',
      },
      'high-sugar-and-vomiting': {
        explanation:
          'El azúcar muy alta en la sangre con vómitos puede ser cetoacidosis diabética (CAD). Esto pasa cuando el cuerpo no puede usar el azúcar y produce ácidos.',
        advice: 'Busque atención de emergencia ahora. Llame a su número local de emergencias.',
      },
    },
    notListed: [
      'Algunos efectos secundarios no están en esta lista. Llame a su equipo médico ahora por cualquier cosa nueva o que le preocupe. Por ejemplo:',
      {
        list: [
          'Orinar menos que de costumbre, u orina oscura',
          'Tobillos o piernas hinchados',
          'Moretones o sangrados con facilidad',
          'Cualquier otro síntoma nuevo',
        ],
      },
    ],
  },

  faq: {
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
  },
};
