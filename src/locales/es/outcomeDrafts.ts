import { either, paragraphs, sentences } from '../compose.js';
import type { DraftTexts } from '../types.js';
import { signed } from './greeting.js';

// What Spanish drafts say about an outcome: a rejection, an offer, another employer's offer, a
// withdrawal.

/** The Spanish outcome messages. */
export const outcomeDrafts: Pick<DraftTexts, 'rejectionReply' | 'offerResponse' | 'expediteRequest' | 'withdrawalNote'> = {
  rejectionReply: (p) => ({
    subject: `Gracias por su respuesta: ${p.position} en ${p.company}`,
    body: paragraphs(
      p.greeting,
      sentences(
        `Le agradezco que me haya comunicado su decisión sobre el puesto de ${p.position}, así como el tiempo que usted y su equipo me han dedicado.`,
        either(p.highlight, (text) => `Lamento que no haya podido ser, pero he valorado mucho el proceso, en especial ${text}.`, `Lamento que no haya podido ser, pero he valorado mucho conocer ${p.company} más de cerca.`),
      ),
      'Si le es posible, le agradecería cualquier comentario sobre los aspectos en los que mi candidatura podría haber sido más sólida.',
      `Me encantaría tener noticias de futuras vacantes en ${p.company} y espero que nuestros caminos vuelvan a cruzarse.`,
      signed('Un cordial saludo', p.sender),
    ),
  }),
  offerResponse: (p) => {
    const thanks = `Muchas gracias por la oferta para el puesto de ${p.position} en ${p.company}.`;
    if (p.reply === 'accept') {
      return {
        subject: `Aceptación de la oferta para el puesto de ${p.position}`,
        body: paragraphs(
          p.greeting,
          sentences(thanks, `Es un placer aceptarla y tengo muchas ganas de incorporarme a ${p.company}.`),
          'Le agradecería que me indicara los próximos pasos y cualquier documentación que necesiten antes de mi fecha de incorporación.',
          signed('Un cordial saludo', p.sender),
        ),
      };
    }
    if (p.reply === 'ask-extension') {
      const extra = `${p.extraDays} ${p.extraDays === 1 ? 'día laborable' : 'días laborables'}`;
      return {
        subject: `Su oferta para el puesto de ${p.position}`,
        body: paragraphs(
          p.greeting,
          sentences(thanks, 'Me interesa mucho y quiero valorarla con la atención que merece.'),
          `¿Sería posible contar con ${extra} más después ${p.deadline === undefined ? 'del plazo que me indicó' : `del ${p.deadline}`} antes de darle una respuesta? Le contestaría, como muy tarde, al final de ese periodo.`,
          signed('Muchas gracias y un cordial saludo', p.sender),
        ),
      };
    }
    return {
      subject: `Su oferta para el puesto de ${p.position}`,
      body: paragraphs(
        p.greeting,
        sentences(thanks, 'Me alegra mucho recibirla y estoy revisando los detalles con atención.'),
        '¿Podría indicarme para qué fecha necesitan mi respuesta?',
        signed('Un cordial saludo', p.sender),
      ),
    };
  },
  expediteRequest: (p) => ({
    subject: `Plazos del proceso para el puesto de ${p.position} en ${p.company}`,
    body: paragraphs(
      p.greeting,
      sentences(
        `Quería comunicarle que he recibido otra oferta de empleo, a la que debo responder ${p.deadline === undefined ? 'en breve' : `a más tardar el ${p.deadline}`}.`,
        either(p.interest, (text) => `El puesto de ${p.position} en ${p.company} sigue siendo el que más me interesa, sobre todo por ${text}.`, `El puesto de ${p.position} en ${p.company} sigue siendo el que más me interesa.`),
      ),
      '¿Podría indicarme en qué fase se encuentra su proceso y cuándo prevén tomar una decisión? Entiendo perfectamente que quizá no sea posible acelerarlo.',
      signed('Muchas gracias y un cordial saludo', p.sender),
    ),
  }),
  withdrawalNote: (p) => ({
    subject: `Retirada de mi candidatura: ${p.position}`,
    body: paragraphs(
      p.greeting,
      sentences(
        `Le agradezco que haya tenido en cuenta mi candidatura para el puesto de ${p.position} en ${p.company}.`,
        'He aceptado otra oferta, por lo que retiro mi candidatura para que puedan seguir adelante con el proceso.',
      ),
      'Valoro mucho el tiempo que su equipo me ha dedicado y espero que volvamos a coincidir en el futuro.',
      signed('Un cordial saludo', p.sender),
    ),
  }),
};
