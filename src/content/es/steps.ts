import type { ContentText } from '../translation.js';

/**
 * The built-in content in Spanish: the steps, for <immuno-how-it-works>. Fetched on its own (see
 * `../languages.ts`); `./index.ts` says who it is written for.
 */
export const steps: ContentText['steps'] = {
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
};
