import type { ContentText } from '../translation.js';

/**
 * The built-in content in Spanish: the symptoms and their advice, for <immuno-side-effect-checklist> (and their
 * names, for the explorer). Fetched on its own (see `../languages.ts`); `./index.ts` says who it is written for.
 */
export const symptoms: ContentText['symptoms'] = {
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
};
