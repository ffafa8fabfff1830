// "— euer Bitget-Team", "Your OKX team", "L'équipe Kraken": a post signed by a firm's team is the firm speaking. Like
// a post from the firm's own handle it is the firm soliciting, not a person acting on its behalf (derive-indicators.ts).
import type { FirmCatalogue } from '../firms/catalogue.ts';
import { createFirmMatcher } from '../text/firm-matcher.ts';
import { tokenise } from '../text/tokenise.ts';

/** "team" in the EU languages (and the forms a signature writes: "teamet", "tiimi", "l'équipe"). Folded token keys. */
const TEAM_WORDS: ReadonlySet<string> = new Set([
  'team', 'teams', 'teamet', 'teamit', 'tiimi', 'tiimisi', 'equipe', 'equipo', 'equipa', 'squadra', 'tym', 'tim', 'zespol', 'csapat', 'csapata', 'csapatod',
  'echipa', 'ομαδα', 'екип', 'екипът', 'ekipa', 'ekipe', 'meeskond', 'komanda', 'foireann',
]);
/** Tokens a signature line holds at most ("— euer Bitget-Team", "Con cariño, el equipo de Bit2Me"). */
const MAX_SIGNATURE_TOKENS = 6;
const TEAM_HINT = /team|tiim|[ée]quip|squadra|t[yý]m|t[ií]m|zesp|csapat|echip|ομάδ|ομαδ|екип|ekip|meeskond|komand|foireann/iu;

/** The catalogue firm whose team signs the text on its last line, if any. */
export function signingFirm(text: string, catalogue: FirmCatalogue): string | undefined {
  const trimmed = text.trimEnd();
  const lastLine = trimmed.slice(trimmed.lastIndexOf('\n') + 1);
  // After a dash the rest of the line is the signature ("... unter bitget.com/de/affiliates — euer Bitget-Team").
  const dash = Math.max(lastLine.lastIndexOf('—'), lastLine.lastIndexOf('–'), lastLine.lastIndexOf(' - '));
  const signature = dash >= 0 ? lastLine.slice(dash + 1) : lastLine;
  if (!TEAM_HINT.test(signature)) return undefined;
  const t = tokenise(signature);
  if (t.tokens.length > MAX_SIGNATURE_TOKENS || !t.tokens.some((tok) => TEAM_WORDS.has(tok.key))) return undefined;
  const firms = new Set(createFirmMatcher(catalogue)(t).map((h) => h.firmId));
  return firms.size === 1 ? [...firms][0] : undefined;
}
