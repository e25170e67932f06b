import type { ContentText } from '../translation.js';

/**
 * The built-in content in Spanish: the therapies, for <immuno-therapy-explorer>. Fetched on its own (see
 * `../languages.ts`); `./index.ts` says who it is written for.
 */
export const therapies: ContentText['therapies'] = {
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
};
