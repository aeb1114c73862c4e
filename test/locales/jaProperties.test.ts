import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviewDraft } from '../../src/index.js';
import { draftInputs, everyDraftToReview } from '../helpers/selfReview.js';
import { ja } from '../../src/locales/ja/index.js';

const numRuns = Number(process.env['FC_NUM_RUNS'] ?? 200);
const options = { locale: ja };

// What a person may type that a review rightly objects to (pressure, template leftovers) is kept
// out: the property is about the locale's wording, not about what a person may write.
const pressure = ja.review.pushy ?? [];
const objected = new Set(['todo', 'tbd', 'xxx', 'undefined', 'null', 'nan']);
const latin = fc.stringMatching(/^[a-z]{1,9}$/).filter((text) => !objected.has(text)).map((text) => `${text[0]!.toUpperCase()}${text.slice(1)}`);
const family = fc.constantFrom('田中', '佐藤', '鈴木', '高橋', '渡辺', '山本', '中村', '小林', '加藤', '吉田');
const given = fc.constantFrom('太郎', '花子', '健', '美咲', '翔太', '陽菜', '誠', '直子');
/** "田中 太郎" or "Ana Ruiz". */
const name = fc.oneof(fc.tuple(family, given).map(([last, first]) => `${last} ${first}`), fc.tuple(latin, latin).map(([first, last]) => `${first} ${last}`));
/** "山田商事株式会社", "Blue Harbor Labs [EU]": names in either script, brackets of their own. */
const company = fc.oneof(
  fc.tuple(fc.constantFrom('山田', '東洋', '日本', 'さくら', 'みらい', 'アオバ'), fc.constantFrom('商事', '電機', 'システムズ', 'ラボ'), fc.constantFrom('株式会社', '合同会社', ''))
    .map(([stem, trade, form]) => `${stem}${trade}${form}`),
  fc.tuple(fc.array(latin, { minLength: 1, maxLength: 3 }), fc.constantFrom('', ' [EU]', ' (Berlin)', ' & Sons', ' [Remote] [Contract]')).map(([parts, suffix]) => `${parts.join(' ')}${suffix}`),
);
const position = fc.oneof(
  fc.tuple(fc.constantFrom('営業', '経理', 'バックエンドエンジニア', 'データサイエンティスト', 'プロダクトマネージャー'), fc.constantFrom('', '職', '（東京）', ' [リモート]', '【正社員】')).map(([role, suffix]) => `${role}${suffix}`),
  fc.tuple(fc.array(latin, { minLength: 1, maxLength: 3 }), fc.constantFrom('', ' [Remote]', ' (Tokyo)', ' [Remote] [Contract]')).map(([parts, suffix]) => `${parts.join(' ')}${suffix}`),
);
/**
 * A phrase of the candidate's own, up to 40 characters (about 16 English words), perhaps ending
 * with 。. No ち: a phrase ending in ただち would read as ただちに (pressure) before a template's に.
 */
const phrase = fc.tuple(
  fc.array(fc.constantFrom(...'あいうえおかきくけこさしすせそたつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん', ...'開発設計運用顧客品質改善経験技術新規事業計画成長製品', ...'システムデータチームサービス'), { minLength: 1, maxLength: 39 }),
  fc.constantFrom('', '。'),
).map(([chars, end]) => `${chars.join('')}${end}`).filter((text) => !pressure.some((word) => text.includes(word)));
const salutation = fc.oneof(family.map((last) => `${last}様`), fc.tuple(fc.constantFrom('Mr.', 'Ms.', 'Dr.', 'Frau Dr.'), latin).map(([title, last]) => `${title} ${last}`));
const { person, details, interview } = draftInputs({
  name: name, company: company, position: position, phrase, salutation,
});

describe('every Japanese draft', () => {
  it('passes the Japanese review without findings, whatever the company, role, names, salutations and phrases', () => {
    fc.assert(fc.property(interview, details, fc.option(person, { nil: undefined }), (meeting, own, contact) => {
      for (const [draft, context] of everyDraftToReview(meeting, own, contact, options.locale)) expect(reviewDraft(draft, context, options), `${draft.kind}: ${draft.body}`).toEqual({ ok: true, findings: [] });
    }), { numRuns });
  });
});
