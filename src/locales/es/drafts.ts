import { either, paragraphs, sentences } from '../compose.js';
import type { DraftTexts, ThankYouEmailWording, ThankYouLetterWording } from '../types.js';
import { addressOf, greeting, hiringTeam, signed } from './greeting.js';
import { outcomeDrafts } from './outcomeDrafts.js';

// What Spanish drafts say: the thank-you notes, the check-ins and the follow-ups on an
// application. Two rules keep every sentence grammatical whatever the candidate types:
// - the candidate's phrases follow "por", "con", "en" or a verb, never "de" or "a", which would
//   have to contract with an article ("del", "al");
// - no adjective describes the candidate or the recipient ("interesado", "encantada"), since
//   the library never knows their gender: "tengo mucho interés", "será un placer".

// Three wordings, so notes to different interviewers of one interview never read the same.
const EMAILS: readonly [ThankYouEmailWording, ...ThankYouEmailWording[]] = [
  (p, you = addressOf(p.greeting)) => ({
    subject: `Gracias por la entrevista para el puesto de ${p.position} en ${p.company}`,
    body: paragraphs(
      p.greeting,
      sentences(
        `${you.Le} agradezco el tiempo que me ${you.n('dedicó', 'dedicaron')} para hablar del puesto de ${p.position} en ${p.company}.`,
        either(p.highlight, (text) => `Valoré especialmente ${text}.`, 'Me resultó muy útil conocer cómo trabaja el equipo y hacia dónde se dirige.'),
        either(p.interest, (text) => `El puesto me atrae sobre todo por ${text}.`, `La conversación ha reforzado mi interés por incorporarme a ${p.company}.`),
        either(p.strength, (text) => `Con ${text}, confío en poder aportar valor desde las primeras semanas.`, 'Confío en poder aportar valor desde las primeras semanas.'),
      ),
      `Quedo a su disposición para enviar${you.le} cualquier otra información que ${you.le} resulte útil.`,
      signed('Un cordial saludo', p.sender),
    ),
  }),
  (p) => ({
    subject: `Entrevista para ${p.position} en ${p.company}: muchas gracias`,
    body: paragraphs(
      p.greeting,
      sentences(
        `Muchas gracias por recibirme para conversar sobre el puesto de ${p.position} en ${p.company}.`,
        either(p.highlight, (text) => `De la reunión me quedo sobre todo con ${text}.`, 'Salí de la reunión con una idea clara del trabajo y disfruté mucho de la conversación.'),
        either(p.interest, (text) => `Tengo un gran interés en este puesto, en especial por ${text}.`, 'Tras nuestra reunión, mi interés por el puesto es aún mayor.'),
        either(p.strength, (text) => `Considero que, con ${text}, podría aportar mucho al equipo.`, 'Considero que mi trayectoria me permitiría aportar mucho al equipo.'),
      ),
      'Espero tener noticias suyas sobre la siguiente fase del proceso.',
      signed('Saludos cordiales', p.sender),
    ),
  }),
  (p, you = addressOf(p.greeting)) => ({
    subject: `Agradecimiento: ${p.position} en ${p.company}`,
    body: paragraphs(
      p.greeting,
      sentences(
        `Quería escribir${you.le} para agradecer${you.le} la conversación sobre la vacante de ${p.position} en ${p.company}.`,
        either(p.highlight, (text) => `Sigo pensando en ${text}.`, `Sigo dándole vueltas a los retos que me ${you.n('describió', 'describieron')}.`),
        either(p.interest, (text) => `Entre las opciones que estoy valorando, esta destaca por ${text}.`, 'Entre las opciones que estoy valorando, esta destaca claramente.'),
        either(p.strength, (text) => `Creo que encajo bien en el puesto por ${text}.`, 'Creo que mi experiencia encaja muy bien con lo que buscan.'),
      ),
      'Gracias de nuevo; espero que podamos retomar la conversación pronto.',
      signed(you.n('Reciba un cordial saludo', 'Reciban un cordial saludo'), p.sender),
    ),
  }),
];

// Letters use their own wording: a posted note should not repeat the email.
const LETTERS: readonly [ThankYouLetterWording, ...ThankYouLetterWording[]] = [
  (p, you = addressOf(p.greeting)) => paragraphs(
    p.greeting,
    sentences(
      `Además de mi correo electrónico, quería hacer${you.le} llegar unas líneas en papel para agradecer${you.le} de nuevo nuestra entrevista para el puesto de ${p.position} en ${p.company}.`,
      either(p.highlight, (text) => `Al repasarla, destaco ${text}.`, `Al repasarla, destaco la franqueza con la que me ${you.n('describió', 'describieron')} el trabajo.`),
      either(p.interest, (text) => `La entrevista confirmó por qué me atrajo esta oportunidad: ${text}.`, `La entrevista confirmó mi deseo de formar parte de ${p.company}.`),
      either(p.strength, (text) => `Espero poner ${text} al servicio de su equipo.`, 'Espero poner mis conocimientos al servicio de su equipo.'),
    ),
    signed('Atentamente', p.sender),
  ),
  (p, you = addressOf(p.greeting)) => paragraphs(
    p.greeting,
    sentences(
      `${you.Le} escribo unas breves líneas para dar${you.le} las gracias por recibirme y hablar conmigo del puesto de ${p.position} en ${p.company}.`,
      either(p.highlight, (text) => `Recuerdo con agrado ${text}.`, 'Recuerdo con agrado nuestro encuentro.'),
      either(p.interest, (text) => `Hoy, más que nunca, deseo ocupar este puesto por ${text}.`, 'Hoy, más que nunca, deseo ocupar este puesto.'),
      either(p.strength, (text) => `Me encantaría aportar a ${p.company} ${text}.`, `Me encantaría aportar mi experiencia a ${p.company}.`),
    ),
    signed(`${you.Le} saluda atentamente`, p.sender),
  ),
  (p, you = addressOf(p.greeting)) => paragraphs(
    p.greeting,
    sentences(
      `${you.Le} escribo, esta vez en papel, para agradecer${you.le} que ${you.n('hablara', 'hablaran')} conmigo sobre el puesto de ${p.position} en ${p.company}.`,
      either(p.highlight, (text) => `De todo lo que tratamos, disfruté en especial con ${text}.`, `De todo lo que tratamos, disfruté en especial con los planes de futuro que me ${you.n('contó', 'contaron')}.`),
      either(p.interest, (text) => `El puesto me sigue atrayendo mucho por ${text}.`, 'El puesto me sigue atrayendo mucho.'),
      either(p.strength, (text) => `Tengo la certeza de que, con ${text}, sería una buena incorporación para el equipo.`, 'Tengo la certeza de que sería una buena incorporación para el equipo.'),
    ),
    signed(you.n('Reciba un atento saludo', 'Reciban un atento saludo'), p.sender),
  ),
];

/** Every Spanish draft. */
export const drafts: DraftTexts = {
  greeting,
  hiringTeam,
  thankYouEmails: EMAILS,
  thankYouLetters: LETTERS,
  checkIn: (p) => {
    const you = addressOf(p.greeting);
    const role = `el puesto de ${p.position} en ${p.company}`;
    if (p.attempt === 1) {
      const byDate = p.decisionDate === undefined ? '' : `, sobre el que tenían previsto decidir a más tardar el ${p.decisionDate}`;
      return {
        subject: `Consulta sobre el puesto de ${p.position} en ${p.company}`,
        body: paragraphs(
          p.greeting,
          sentences(
            `Espero que se ${you.n('encuentre', 'encuentren')} bien. ${you.Le} escribo para preguntar${you.le} cómo avanza el proceso de selección para ${role}${byDate}.`,
            either(p.interest, (text) => `Sigo teniendo mucho interés en el puesto, entre otras cosas por ${text}.`, 'Sigo teniendo mucho interés en el puesto.'),
          ),
          'Si necesitan cualquier otra información para su decisión, se la haré llegar con mucho gusto.',
          signed('Un cordial saludo', p.sender),
        ),
      };
    }
    if (p.attempt === 2) {
      return {
        subject: `Nuevo seguimiento: ${p.position} en ${p.company}`,
        body: paragraphs(
          p.greeting,
          sentences(
            `Vuelvo a ponerme en contacto con ${you.usted} en relación con mi mensaje anterior sobre ${role}.`,
            `Entiendo que estas decisiones llevan su tiempo y ${you.le} agradecería cualquier novedad, por breve que sea.`,
            either(p.interest, (text) => `El puesto sigue siendo mi primera opción, especialmente por ${text}.`, 'Mantengo todo mi interés en el puesto.'),
          ),
          signed('Muchas gracias y un cordial saludo', p.sender),
        ),
      };
    }
    return {
      subject: `De nuevo sobre el puesto de ${p.position} en ${p.company}`,
      body: paragraphs(
        p.greeting,
        sentences(
          `${you.Le} escribo una vez más en relación con ${role}.`,
          `Si ya se ha cubierto, ${you.le} agradecería que me lo ${you.n('hiciera', 'hicieran')} saber con unas líneas; si sigue abierto, mantengo mi interés.`,
          either(p.interest, (text) => `El puesto me sigue atrayendo especialmente por ${text}.`, 'Me encantaría formar parte del equipo.'),
        ),
        signed('Gracias de nuevo y un cordial saludo', p.sender),
      ),
    };
  },
  applicationFollowUp: (p) => {
    const you = addressOf(p.greeting);
    if (p.attempt === 1) {
      return {
        subject: `Seguimiento de mi candidatura: ${p.position} en ${p.company}`,
        body: paragraphs(
          p.greeting,
          sentences(
            `${you.Le} escribo en relación con la candidatura que envié${p.appliedOn === undefined ? '' : ` el ${p.appliedOn}`} para el puesto de ${p.position} en ${p.company}; quería asegurarme de que la recibieron.`,
            either(p.interest, (text) => `El puesto me sigue interesando mucho, sobre todo por ${text}.`, 'Sigo teniendo mucho interés en el puesto.'),
          ),
          `¿${you.n('Podría', 'Podrían')} indicarme en qué situación se encuentra mi candidatura o cuándo prevén decidir sobre las entrevistas?`,
          signed('Un cordial saludo', p.sender),
        ),
      };
    }
    return {
      subject: `Nueva consulta sobre mi candidatura: ${p.position} en ${p.company}`,
      body: paragraphs(
        p.greeting,
        sentences(
          `${you.Le} escribo de nuevo en relación con mi candidatura al puesto de ${p.position} en ${p.company}${p.appliedOn === undefined ? '' : `, enviada el ${p.appliedOn}`}.`,
          either(p.interest, (text) => `Mantengo un gran interés en el puesto, en particular por ${text}.`, 'Mantengo mi interés en el puesto.'),
        ),
        'Si el puesto ya se ha cubierto, una breve respuesta me ayudaría a organizarme; si no es así, me gustaría saber cuáles son los próximos pasos.',
        signed('Gracias por su atención y un cordial saludo', p.sender),
      ),
    };
  },
  ...outcomeDrafts,
};
