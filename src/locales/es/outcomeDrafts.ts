import { either, paragraphs, sentences } from '../compose.js';
import type { DraftTexts } from '../types.js';
import { addressOf, signed } from './greeting.js';

// What Spanish drafts say about an outcome: a rejection, an offer, another employer's offer, a
// withdrawal.

/** The Spanish outcome messages. */
export const outcomeDrafts: Pick<DraftTexts, 'rejectionReply' | 'offerResponse' | 'expediteRequest' | 'withdrawalNote'> = {
  rejectionReply: (p, you = addressOf(p.greeting)) => ({
    subject: `Gracias por su respuesta: ${p.position} en ${p.company}`,
    body: paragraphs(
      p.greeting,
      sentences(
        `${you.Le} agradezco que me ${you.n('haya', 'hayan')} comunicado su decisión sobre el puesto de ${p.position}, así como el tiempo que ${you.n('usted y su equipo me han', 'me han')} dedicado.`,
        either(p.highlight, (text) => `Lamento que no haya podido ser, pero he valorado mucho el proceso, en especial ${text}.`, `Lamento que no haya podido ser, pero he valorado mucho conocer ${p.company} más de cerca.`),
      ),
      `Si ${you.le} es posible, ${you.le} agradecería cualquier comentario sobre los aspectos en los que mi candidatura podría haber sido más sólida.`,
      `Me encantaría tener noticias de futuras vacantes en ${p.company} y espero que nuestros caminos vuelvan a cruzarse.`,
      signed('Un cordial saludo', p.sender),
    ),
  }),
  offerResponse: (p) => {
    const you = addressOf(p.greeting);
    const thanks = `Muchas gracias por la oferta para el puesto de ${p.position} en ${p.company}.`;
    if (p.reply === 'accept') {
      return {
        subject: `Aceptación de la oferta para el puesto de ${p.position}`,
        body: paragraphs(
          p.greeting,
          sentences(thanks, `Es un placer aceptarla y tengo muchas ganas de incorporarme a ${p.company}.`),
          `${you.Le} agradecería que me ${you.n('indicara', 'indicaran')} los próximos pasos y cualquier documentación que necesiten antes de mi fecha de incorporación.`,
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
          `¿Sería posible contar con ${extra} más después ${p.deadline === undefined ? `del plazo que me ${you.n('indicó', 'indicaron')}` : `del ${p.deadline}`} antes de dar${you.le} una respuesta? ${you.Le} contestaría, como muy tarde, al final de ese periodo.`,
          signed('Muchas gracias y un cordial saludo', p.sender),
        ),
      };
    }
    return {
      subject: `Su oferta para el puesto de ${p.position}`,
      body: paragraphs(
        p.greeting,
        sentences(thanks, 'Me alegra mucho recibirla y estoy revisando los detalles con atención.'),
        `¿${you.n('Podría', 'Podrían')} indicarme para qué fecha necesitan mi respuesta?`,
        signed('Un cordial saludo', p.sender),
      ),
    };
  },
  expediteRequest: (p, you = addressOf(p.greeting)) => ({
    subject: `Plazos del proceso para el puesto de ${p.position} en ${p.company}`,
    body: paragraphs(
      p.greeting,
      sentences(
        `Quería comunicar${you.le} que he recibido otra oferta de empleo, a la que debo responder ${p.deadline === undefined ? 'en breve' : `a más tardar el ${p.deadline}`}.`,
        either(p.interest, (text) => `El puesto de ${p.position} en ${p.company} sigue siendo el que más me interesa, sobre todo por ${text}.`, `El puesto de ${p.position} en ${p.company} sigue siendo el que más me interesa.`),
      ),
      `¿${you.n('Podría', 'Podrían')} indicarme en qué fase se encuentra su proceso y cuándo prevén tomar una decisión? Entiendo perfectamente que quizá no sea posible acelerarlo.`,
      signed('Muchas gracias y un cordial saludo', p.sender),
    ),
  }),
  withdrawalNote: (p, you = addressOf(p.greeting)) => ({
    subject: `Retirada de mi candidatura: ${p.position}`,
    body: paragraphs(
      p.greeting,
      sentences(
        `${you.Le} agradezco que ${you.n('haya', 'hayan')} tenido en cuenta mi candidatura para el puesto de ${p.position} en ${p.company}.`,
        'He aceptado otra oferta, por lo que retiro mi candidatura para que puedan seguir adelante con el proceso.',
      ),
      `Valoro mucho el tiempo que ${you.n('su equipo me ha', 'me han')} dedicado y espero que volvamos a coincidir en el futuro.`,
      signed('Un cordial saludo', p.sender),
    ),
  }),
};
