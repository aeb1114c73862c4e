import type { ReviewedKind } from '../../rules/codes.js';
import type { ReviewTexts } from '../types.js';

// How Spanish drafts are reviewed: counted in words, compared three words at a time, and the
// words each check looks for.

/**
 * Word limits per kind of message. Spanish needs more words than English for the same message
 * (articles, "de" between nouns, "le agradezco" for "thanks"): each English limit plus about 15%.
 */
export const wordLimits: Readonly<Record<ReviewedKind, number>> = {
  'thank-you-email': 230,
  'thank-you-letter': 290,
  'check-in': 185,
  'rejection-reply': 175,
  'offer-response': 175,
  'expedite-request': 175,
  'withdrawal-note': 140,
  'application-follow-up': 140,
};

// Words are compared without their accents, so "interes" in a hurried note counts as "interés".
const words = (text: string): string[] =>
  text.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];

/** The Spanish review. */
export const review: ReviewTexts = {
  units: words,
  sequence: 3,
  limits: wordLimits,
  // Whole words only, so every form a note may use is listed: "se agradece", "agradeciéndole de antemano".
  thanks: [
    'gracias', 'agradezco', 'agradece', 'agradecemos', 'agradecer', 'agradecerle', 'agradecerles', 'agradecerte', 'agradeceros',
    'agradeciéndole', 'agradeciéndoles', 'agradecido', 'agradecida', 'agradecimiento', 'agradecimientos', 'agradecería',
  ],
  interest: [
    'interés', 'interesa', 'interesan', 'interesaría', 'interesando', 'interesado', 'interesada', 'primera opción', 'me gustaría',
    'me encantaría', 'deseo', 'ganas', 'ilusión', 'ilusiona', 'entusiasmo', 'entusiasma', 'atrae', 'atrayendo', 'motiva', 'motivación',
    'incorporarme', 'formar parte', 'sigue abierto',
  ],
  // Spain writes "a la mayor brevedad", Latin America "a la brevedad (posible)"; both press for an answer.
  pushy: [
    'urgente', 'urgentemente', 'urgencia', 'urge', 'cuanto antes', 'lo antes posible', 'inmediatamente', 'de inmediato', 'respuesta inmediata',
    'sin demora', 'sin más demora', 'a la mayor brevedad', 'a la brevedad', 'exijo', 'debe responder', 'deben responder', 'espero su respuesta', 'último aviso',
  ],
  feedback: [
    'comentario', 'comentarios', 'valoración', 'opinión', 'impresiones', 'mejorar', 'mejora', 'más sólida', 'más sólido', 'consejo', 'consejos',
    'sugerencia', 'sugerencias', 'observaciones', 'retroalimentación', 'devolución', 'feedback',
  ],
  findings: {
    'too-long': ({ count, limit }) => `${count} palabras; no pase de ${limit} para que se lea entero.`,
    'placeholder-left': ({ text }) => `«${text}» parece texto de plantilla olvidado; sustitúyalo antes de enviar el mensaje.`,
    'missing-recipient-name': ({ name }) => `El mensaje no menciona a ${name}; diríjase a esa persona por su nombre.`,
    'not-personalised': () => 'Se parece demasiado a la nota escrita para otra persona de la entrevista; mencione algo propio de la conversación con esta.',
    'no-thanks': () => 'Dé las gracias por el tiempo que le dedicaron: esa es la razón de ser de la nota.',
    'no-feedback-request': () => 'Pida, una sola vez y sin insistir, una valoración sobre qué habría hecho más sólida su candidatura.',
    'company-not-named': ({ company }) => `Mencione la empresa (${company}) para que quede claro a qué candidatura se refiere.`,
    'role-not-named': ({ position }) => `Mencione el puesto (${position}).`,
    'no-interest': () => 'Diga que el puesto le sigue interesando; un mensaje de seguimiento es la ocasión de reiterarlo.',
    'pushy-tone': () => 'Quite las expresiones que presionan y los signos de exclamación de más: constancia sí, insistencia no.',
    'missing-subject': () => 'Ponga al correo un asunto que mencione el puesto.',
    'subject-line-break': () => 'El asunto debe ocupar una sola línea.',
  },
};
