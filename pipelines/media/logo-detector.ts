// Logo detection by edge directions, coarse to fine (decision 0034, revised by 0042 and 0043; the grey-level NCC
// detector of decision 0031 is gone). Templates are built from each reference's opaque part. The
// coarse pass slides small edge templates of each mark over response maps of an image pyramid
// (computed once per level, shared by all marks); the fine pass re-samples the image around each peak
// so the mark's shorter side is FINE_SHORT px and scores the agreement of edge directions over
// rotations, scales and shifts; a colour check point by point (and per colour group) weighs the edge
// score. A wordmark that begins with an icon is also searched by that icon, then its name checked in
// slices (decision 0043). Long marks' saturated colours are read at the best of each point's neighbours
// (decision 0048). A head with a sure name, and a long mark of saturated colours, need less of the
// colour factor (decision 0049). Coloured marks are searched and scored with colour edges too, where the
// picture's brightness is flat (decision 0051): a mark can differ from its background in colour only.
// Past a level's best two coarse peaks, those where the mark's colours are are verified too (decision 0063).
// A near miss is scored with its worst-agreeing cells left out: a mark partly covered by the background (decision 0066).
import { integral, lumaChromaStack, rgbStack, samplePatch, sampleStack, toGrey, type GreyImage, type PlaneStack } from './image-ops.ts';
import { buildEdgeTemplate, edgeBits, edgeScoreAt, mapsOfBits, orientationBin, patchGradient, pointOffsets, positive, withColourEdges, type BinPlanes, type LevelMaps, type EdgeTemplate, type PatchGradient } from './edge-templates.ts';
import { cornerWeights, refineCorners, warpedAt, type CornerMoves } from './corner-warp.ts';
import type { DecodedImage, LogoDetector, LogoMatch, Region } from './media-types.ts';
import type { ReferenceLogo } from './reference-logos.ts';

export interface LogoDetectorOptions {
  /** Smallest and largest logo searched, as its longest side over the image's longest side. */
  minScale?: number;
  maxScale?: number;
  /** Edge score times colour factor at which a match is reported (score 0.5); set on seed 7, 400 images (decision 0043). */
  threshold?: number;
  /** Coarse peaks kept per mark. */
  candidatesPerMark?: number;
  /** Search wordmarks that begin with an icon by that icon too, then check the rest (decision 0043; default on). */
  wordmarkHeads?: boolean;
  /** Colour edges for coloured marks where brightness has none (decision 0051; default on; off for comparisons). */
  colourEdges?: boolean;
  /** Colours read at the core of each part, not at its blended border (decision 0057; default on; off for comparisons). */
  strokeCores?: boolean;
  /** An icon's fine pass again on a part's colour where the background swallows that part (decision 0056; default on). */
  swallowedParts?: boolean;
  /** A head's name read at larger sizes and moved centres where it does not agree at the head's own (decision 0060; default on). */
  wideNames?: boolean;
  /** Peaks past a level's best PER_LEVEL verified where the mark's colours are at the coarse pose (decision 0063; default on). */
  colourPeaks?: boolean;

  /** A near miss scored with its worst-agreeing cells left out, for marks partly covered (decision 0066; default on). */
  coveredCells?: boolean;

  /** Called for every verified coarse candidate, kept or not (diagnostics of eval-logos.ts --diagnose). */
  trace?: (t: CandidateTrace) => void;
}

/** One coarse candidate after the fine pass: its coarse score, fine edge score and colour factor. */
export interface CandidateTrace { firmId: string; kind: 'icon' | 'wordmark'; coarse: number; edge: number; colour: number; region: Region; features?: Record<string, number> }

const COARSE_SHORT = { icon: 10, wordmark: 8 };
const COARSE_POINTS = 48;
const FINE_SHORT = 20;
const COARSE_ROTATIONS = [-10, 0, 10];
const FINE_ROTATIONS = [-15, -10, -5, 0, 5, 10, 15];
const FINE_SCALES = [0.87, 1, 1.15];
const FINE_MARGIN = 4;
const REFINE_SCALES = [0.94, 1, 1.06];
const REFINE_MARGIN = 2;
const LEVEL_RATIO = 1.26;
const WORDMARK_MIN_SHORT = 10;
/**
 * Levels larger than this (pixels) are searched at every other position: only the finest levels of
 * wordmarks, the costliest part of the search. Smaller levels need every position, since responses
 * are not spread (edge-templates.ts).
 */
const STRIDE_ABOVE = 60_000;
/**
 * Coarse score (share of the best possible) under which a position is no candidate. On seed 7 no
 * true match came from a coarse score under 0.53, and half the candidates scored 0.35-0.45: raised
 * from 0.35 (decision 0042), which halves the fine pass.
 */
const COARSE_MIN = 0.45;
const PER_LEVEL = 2;
/**
 * Peaks of a level after its best PER_LEVEL that are looked at for the mark's colours (decision 0063).
 * On a UI screenshot a wordmark's head (an H, a Z on a plate, a disc) and its name have the outline of
 * letters and buttons: lines of dark text take a level's best two peaks at coarse scores of 0.6-0.73,
 * and a plainly visible mark at 0.6 is never verified. Its colours are what tell it from the text.
 */
const COLOUR_LOOK = 6;
/** Of those, at most this many per level are verified: the ones whose colours agree (COLOUR_PEAK). */
const COLOUR_PEAKS = 2;
/**
 * Colour factor (colourAgreement, at the coarse pose) from which a peak past the best two is verified.
 * The coarse pose is a coarse pixel and half a level off, so this is lower than any acceptance needs;
 * grey text on a light or dark screen scores 0 for a coloured mark. Seed 7 (400 images): two of the
 * next six at 0.4 and three of the next ten at 0.3 took the same marks, the first with fewer candidates.
 */
const COLOUR_PEAK = 0.4;
/** Early exit of the coarse pass: after EARLY_POINTS points, a position below EARLY_MIN of their best is dropped. */
const EARLY_POINTS = 16;
const EARLY_MIN = 0.3;
/**
 * A first exit, after FIRST_POINTS points spread over the outline: a position needs one of them in
 * the same bin (4) or two in a neighbour bin (3 + 3). Flat parts of a picture (gradients, UI panels,
 * blurred photos) have no edge at any of them. Seed 7: the coarse pass 1.5x faster, no match lost.
 * (A sum of responses of at least 4; since decision 0046 tested on bit planes, 32 positions at a time.)
 */
const FIRST_POINTS = 4;
export const DEFAULT_THRESHOLD = 0.55;
/**
 * Width of the logistic that maps the fine edge score (times the colour factor) to the score: true
 * marks score 0.58-0.95, which this spreads over 0.5-0.99 instead of printing most of them as 1.00.
 */
export const SCORE_WIDTH = 0.08;

interface CoarseTemplate { width: number; height: number; shortSide: number; rotation: number; dx: Int16Array; dy: Int16Array; bin: Uint8Array }

interface Mark {
  firmId: string;
  kind: 'icon' | 'wordmark';
  coarse: CoarseTemplate[];
  fine: EdgeTemplate[];
  /** An icon's fine templates on the colour of each main part (swallowed parts, decision 0056). */
  grounds: Ground[];
  /** Shorter side over longer side of the upright mark (its opaque part). */
  aspect: number;
  /** Share of the inside points whose colour is saturated (REACH_CHROMA): a long mark of saturated letters loses colour to JPEG (SATURATED_GATE). */
  saturated: number;
  /** Searched and scored with colour edges where brightness has none (COLOUR_EDGE_SHARE, decision 0051). */
  colourEdges: boolean;
  /** The opaque part's shorter side over the reference image's longer side: scale to mark size. */
  fill: number;
  frame: Frame;
  /** For the head of a wordmark (decision 0043): the whole wordmark, checked around a head match. */
  tail?: Tail;

}

/**
 * The rest of a wordmark, checked where its head (the icon it begins with) matched: the wordmark's
 * fine templates at the head's scale, with the points right of the head in slices that each move on
 * their own (the generator, like a photographed screen, warps a long mark's far end by a quarter of
 * its height, which a rigid template cannot follow).
 */
interface Tail {
  fine: EdgeTemplate[];
  slices: number;
  /** Per fine template, its name's points grouped by slice (tailPoints). */
  bySlice: SlicePoints[];
  /** From the head's centre to the wordmark's centre, in head short sides (unrotated). */
  ox: number;
  oy: number;
}

/**
 * A tail template's points off the head, grouped by slice (each slice's in their order in the
 * template), with their offsets in the gradient of a tail patch (the template's width plus the
 * shifts): a slice's sum is then one run of points (decision 0052).
 */
interface SlicePoints { start: Int32Array; offs: Int32Array; c2: Float32Array; s2: Float32Array }

function tailPoints(tpl: EdgeTemplate, slice: Int8Array, slices: number): SlicePoints {
  const order: number[] = [];
  for (let sl = 0; sl < slices; sl++) for (let q = 0; q < slice.length; q++) if (slice[q] === sl) order.push(q);
  const start = new Int32Array(slices + 1);
  for (const q of order) start[slice[q]! + 1]!++;
  for (let sl = 0; sl < slices; sl++) start[sl + 1]! += start[sl]!;
  const pw = tpl.width + 2 * TAIL_SHIFT;
  return {
    start,
    offs: Int32Array.from(order, (q) => 2 * (tpl.dy[q]! * pw + tpl.dx[q]!)),
    c2: Float32Array.from(order, (q) => tpl.c2[q]!),
    s2: Float32Array.from(order, (q) => tpl.s2[q]!),
  };
}

/**
 * Where the opaque part of a reference lies in the reference image as supplied. Templates are built
 * from the opaque part alone, but the region reported is the supplied image's box, so that a match
 * covers what the analyst (or the evaluation's ground truth) calls the logo.
 */
export interface Frame {
  /** Reference image size and the opaque part's box, in reference pixels. */
  width: number;
  height: number;
  crop: Region;
}

/** Alpha (0..255) above which a reference pixel belongs to the mark. */
const OPAQUE = 16;

/**
 * The reference cut to the box of its opaque pixels. Packaged exchange icons sit in a 24-px frame
 * with a quarter of it transparent (OKX's and Bybit's names are a strip a quarter as high as the
 * frame): templates built from the whole frame spent their short side on nothing, so an OKX
 * template 10 px high held a name 2 px high.
 */
export function cropToMark(ref: ReferenceLogo): { ref: ReferenceLogo; frame: Frame } {
  const { width: W, height: H, data } = ref.image;
  let x0 = W, y0 = H, x1 = -1, y1 = -1;
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      if (data[(y * W + x) * 4 + 3]! <= OPAQUE) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  // one pixel of transparent margin kept, so that the outline's outer edge is inside the image
  x0 = Math.max(0, x0 - 1); y0 = Math.max(0, y0 - 1); x1 = Math.min(W - 1, x1 + 1); y1 = Math.min(H - 1, y1 + 1);
  if (x1 < x0) return { ref, frame: { width: W, height: H, crop: { x: 0, y: 0, width: W, height: H } } };
  const w = x1 - x0 + 1;
  const h = y1 - y0 + 1;
  const out = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y++) out.set(data.subarray(((y0 + y) * W + x0) * 4, ((y0 + y) * W + x0 + w) * 4), y * w * 4);
  return {
    ref: { ...ref, kind: w >= 2 * h ? 'wordmark' : 'icon', image: { width: w, height: h, data: out } },
    frame: { width: W, height: H, crop: { x: x0, y: y0, width: w, height: h } },
  };
}

/**
 * The supplied reference image's box in the picture, for a mark whose opaque part has its centre at
 * (cx, cy), its shorter side `shortSide` px long and is turned by `rotation` degrees.
 */
export function frameRegion(frame: Frame, cx: number, cy: number, shortSide: number, rotation: number): { x: number; y: number; width: number; height: number } {
  const k = shortSide / Math.min(frame.crop.width, frame.crop.height);
  const a = (rotation * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  // from the opaque part's centre to the frame's centre, in picture pixels (same turn as the templates)
  const dx = (frame.width / 2 - (frame.crop.x + frame.crop.width / 2)) * k;
  const dy = (frame.height / 2 - (frame.crop.y + frame.crop.height / 2)) * k;
  const fx = cx + dx * cos - dy * sin;
  const fy = cy + dx * sin + dy * cos;
  const w = frame.width * k;
  const h = frame.height * k;
  const bw = Math.abs(w * cos) + Math.abs(h * sin);
  const bh = Math.abs(w * sin) + Math.abs(h * cos);
  return { x: fx - bw / 2, y: fy - bh / 2, width: bw, height: bh };
}

/**
 * The head of a wordmark: its left part up to the first fully transparent column, when that part is
 * about square (0.6-1.6 times the wordmark's height wide) and no more than half its length (the sample
 * firms' wordmarks begin with their icon). Null when the wordmark has no such head.
 */
export function wordmarkHead(ref: ReferenceLogo): { x: number; width: number } | null {
  const { width: W, height: H, data } = ref.image;
  const opaqueCol = (x: number): boolean => {
    for (let y = 0; y < H; y++) if (data[(y * W + x) * 4 + 3]! > OPAQUE) return true;
    return false;
  };
  let x0 = 0;
  while (x0 < W && !opaqueCol(x0)) x0++;
  let x1 = x0;
  while (x1 < W && opaqueCol(x1)) x1++;
  // a gap of at least 2 % of the height, then more mark
  let gap = x1;
  while (gap < W && !opaqueCol(gap)) gap++;
  if (gap - x1 < Math.max(1, 0.02 * H) || gap >= W) return null;
  const w = x1 - x0;
  if (w < 0.6 * H || w > 1.6 * H || w > 0.5 * W) return null;
  return { x: x0, width: w };
}

function subImage(ref: ReferenceLogo, x: number, width: number): ReferenceLogo {
  const { width: W, height: H, data } = ref.image;
  const out = new Uint8Array(width * H * 4);
  for (let y = 0; y < H; y++) out.set(data.subarray((y * W + x) * 4, (y * W + x + width) * 4), y * width * 4);
  return { ...ref, kind: 'icon', image: { width, height: H, data: out } };
}

/** How far (fine-template pixels, the head's short side being 20) each slice of a tail may move. */
const TAIL_SHIFT = 4;
/**
 * Tail score (edge agreement over the name's points, each slice at its best shift) under which a head
 * match is no wordmark; set on seed 7, 400 images (decision 0043: 0.42-0.50 gave the same matches).
 * Raised from 0.45 to the top of that range (decision 0051): a head that is also a letter of its
 * name (halvora's H) matched that letter with the name shifted by one letter at 0.454 once colour
 * edges thickened the letters' outlines; replaying seed 7's candidates, 0.45-0.52 accept the same marks.
 */
export const TAIL_MIN = 0.5;

/**
 * A name this sure (tail score) makes its head a wordmark even where the head's colour factor is low
 * (decision 0049): the head's edge score stands, if its colour factor is at least HEAD_COLOUR_GATE.
 * A head of a wordmark at 10-20 % of the image is a 13-25 px icon whose colours JPEG blurs into the
 * background (factors 0.3-0.7 on plainly visible marks), while the name beside it is evidence of its
 * own: on seed 7 (400 images) no head of a false candidate had a tail over 0.55 with edge over the
 * threshold and a factor of 0.3, and six sample wordmarks at >= 10 % had. Only the acceptance
 * changes: the trace keeps the colour factor as measured.
 */
export const TAIL_SURE = 0.55;
const HEAD_COLOUR_GATE = 0.3;
/** Name score at which a head's name read at another size (tailOverSizes) makes it a wordmark. */
const WIDE_MIN = TAIL_MIN;
/** Colour factor of the whole wordmark, at the pose its name read at another size gives, under which that read is not taken. */
const WIDE_COLOUR = 0.5;

/** Edge agreement of the tail's slices with the picture, each slice at its own best shift (0..1). */
function tailScore(pic: Picture, colour: boolean, tail: Tail, pose: Verified['pose'], f: number): number {
  const i = FINE_ROTATIONS.indexOf(pose.rotation);
  const tpl = tail.fine[i]!;
  const a = (pose.rotation * Math.PI) / 180;
  const dx = tail.ox * pose.shortSide;
  const dy = tail.oy * pose.shortSide;
  const cx = pose.cx + dx * Math.cos(a) - dy * Math.sin(a);
  const cy = pose.cy + dx * Math.sin(a) + dy * Math.cos(a);
  const m = TAIL_SHIFT;
  const pw = tpl.width + 2 * m;
  const ph = tpl.height + 2 * m;
  const { cs } = gradientOf(pic, colour, f, cx - pw / 2 / f, cy - ph / 2 / f, pw, ph);
  const { start, offs, c2, s2 } = tail.bySlice[i]!;
  const best = new Float64Array(tail.slices);
  for (let oy = 0; oy <= 2 * m; oy++) {
    for (let ox = 0; ox <= 2 * m; ox++) {
      const base = 2 * (oy * pw + ox);
      for (let sl = 0; sl < tail.slices; sl++) {
        // summed in single precision, point by point in the template's order, as this sum was first kept
        let sum = 0;
        for (let j = start[sl]!; j < start[sl + 1]!; j++) {
          const p = base + offs[j]!;
          sum = Math.fround(sum + positive(cs[p]! * c2[j]! + cs[p + 1]! * s2[j]!));
        }
        if (sum > best[sl]!) best[sl] = sum;
      }
    }
  }
  let total = 0;
  for (let sl = 0; sl < tail.slices; sl++) total += best[sl]!;
  const n = start[tail.slices]!;
  return n ? total / n : 0;
}

/**
 * The best tail score over rotations within TAIL_TURN of the head's: a small, nearly square head
 * gives its turn to a few degrees only, which moves the far end of a long name by its height.
 */
const TAIL_TURN = 10;

function bestTail(pic: Picture, colour: boolean, tail: Tail, pose: Verified['pose'], f: number): { score: number; rotation: number } {
  let best = 0;
  let rotation = pose.rotation;
  for (const r of FINE_ROTATIONS) {
    if (Math.abs(r - pose.rotation) > TAIL_TURN) continue;
    const s = tailScore(pic, colour, tail, { ...pose, rotation: r }, f);
    if (s > best) { best = s; rotation = r; }
  }
  return { score: best, rotation };
}

/**
 * Sizes, relative to the head's, at which a head's name is read again when it does not agree at the
 * head's own (decision 0060). A 13-25 px icon matches a part of itself at a smaller size nearly as
 * well (a star's inner points, a disc's inner ring: 0.47-0.68 of its size on seed 7, decisions 0055
 * and 0057), so the name it implies is read too small and too near; the fine pass's 0.87-1.15 does
 * not reach that far.
 */
const WIDE_SIZES = [1.25, 1.5, 1.75, 2];
/**
 * Where the smaller part sits in the head is unknown: its centre is tried at the head's centre and
 * moved by this share of the size gained, in each direction (head short sides).
 */
const WIDE_MOVE = 0.5;

/** The whole wordmark's fine template at a head's pose (sampling factor f): for its colour check. */
function tailAt(tail: Tail, pose: Verified['pose'], f: number): Pick<Verified, 'tpl' | 'f' | 'x0' | 'y0'> {
  const tpl = tail.fine[FINE_ROTATIONS.indexOf(pose.rotation)]!;
  const a = (pose.rotation * Math.PI) / 180;
  const dx = tail.ox * pose.shortSide;
  const dy = tail.oy * pose.shortSide;
  const cx = pose.cx + dx * Math.cos(a) - dy * Math.sin(a);
  const cy = pose.cy + dx * Math.sin(a) + dy * Math.cos(a);
  return { tpl, f, x0: cx - tpl.width / 2 / f, y0: cy - tpl.height / 2 / f };
}

/**
 * The best name over WIDE_SIZES and moves of the head's centre, at the turn the name took at the
 * head's own size; then the fine turns next to it at the best of those poses (a third of the reads of
 * every turn at every pose, decision 0060). The pose is the head's that the name agrees with.
 */
function tailOverSizes(pic: Picture, colour: boolean, tail: Tail, pose: Verified['pose'], f: number, rotation: number): { score: number; pose: Verified['pose'] } {
  let best = { score: 0, pose, k: 1 };
  for (const k of WIDE_SIZES) {
    const d = WIDE_MOVE * (k - 1) * pose.shortSide;
    for (const my of [-d, 0, d]) {
      for (const mx of [-d, 0, d]) {
        const at = { cx: pose.cx + mx, cy: pose.cy + my, shortSide: pose.shortSide * k, rotation };
        const s = tailScore(pic, colour, tail, at, f / k);
        if (s > best.score) best = { score: s, pose: at, k };
      }
    }
  }
  const centre = best.pose;
  for (const r of FINE_ROTATIONS) {
    if (r === rotation || Math.abs(r - rotation) > 5) continue;
    const at = { ...centre, rotation: r };
    const s = tailScore(pic, colour, tail, at, f / best.k);
    if (s > best.score) best = { score: s, pose: at, k: best.k };
  }
  return { score: best.score, pose: best.pose };
}

/** Tail templates of a wordmark (cropped to its opaque part) whose head is `head`, at the scale of the head's fine templates. */
function buildTail(ref: ReferenceLogo, head: { x: number; width: number }, headCrop: Region): Tail {
  const { width: W, height: H } = ref.image;
  const headShort = Math.min(headCrop.width, headCrop.height);
  const short = Math.min(W, H);
  const fine = FINE_ROTATIONS.map((r) => buildEdgeTemplate(ref, (FINE_SHORT * short) / headShort, r, 3 * 96));
  const kT = FINE_SHORT / headShort;
  const headRight = (head.x + head.width - W / 2) * kT;
  const length = (W / 2) * kT - headRight;
  const slices = Math.max(1, Math.min(12, Math.round(length / (H * kT))));
  // the slice of each edge point (-1: on the head, not counted)
  const slice = fine.map((tpl) => {
    const a = (tpl.rotation * Math.PI) / 180;
    return Int8Array.from(tpl.dx, (x, q) => {
      const t = (x - tpl.width / 2) * Math.cos(a) + (tpl.dy[q]! - tpl.height / 2) * Math.sin(a);
      if (t <= headRight) return -1;
      return Math.min(slices - 1, Math.floor(((t - headRight) / length) * slices));
    });
  });
  return {
    fine, slices,
    bySlice: fine.map((tpl, i) => tailPoints(tpl, slice[i]!, slices)),
    ox: (W / 2 - (headCrop.x + headCrop.width / 2)) / headShort,
    oy: (H / 2 - (headCrop.y + headCrop.height / 2)) / headShort,
  };
}

interface Candidate { mark: Mark; cx: number; cy: number; shortSide: number; coarse: number; rotation: number }

function coarseTemplate(ref: ReferenceLogo, rotation: number): CoarseTemplate {
  const t = buildEdgeTemplate(ref, COARSE_SHORT[ref.kind], rotation, COARSE_POINTS);
  // points in an order whose every prefix is spread over the whole outline, for the early exit
  const n = t.dx.length;
  const order = Array.from({ length: n }, (_, q) => q).sort((a, b) => bitReverse(a) - bitReverse(b));
  return {
    width: t.width, height: t.height, shortSide: t.shortSide, rotation,
    dx: Int16Array.from(order, (q) => t.dx[q]!),
    dy: Int16Array.from(order, (q) => t.dy[q]!),
    bin: Uint8Array.from(order, (q) => orientationBin(t.c2[q]!, t.s2[q]!)),
  };
}

function bitReverse(v: number): number {
  let r = 0;
  for (let b = 0; b < 8; b++) r |= ((v >> b) & 1) << (7 - b);
  return r;
}

/** A reference (cropped to its opaque part) as the detector searches it: coarse and fine templates, shape and colours. */
function markOf(ref: ReferenceLogo, frame: Frame, colourEdges: boolean, swallowedParts = true): Mark {
  const short = Math.min(ref.image.width, ref.image.height);
  const fine = FINE_ROTATIONS.map((r) => buildEdgeTemplate(ref, FINE_SHORT, r));
  const saturated = saturatedShare(fine[FINE_ROTATIONS.indexOf(0)]!);
  const aspect = short / Math.max(ref.image.width, ref.image.height);
  return {
    grounds: swallowedParts && aspect > WARP_ASPECT ? groundsOf(ref, fine[FINE_ROTATIONS.indexOf(0)]!) : [],
    firmId: ref.firmId,
    kind: ref.kind,
    coarse: COARSE_ROTATIONS.map((r) => coarseTemplate(ref, r)),
    fine,
    aspect,
    saturated,
    colourEdges: colourEdges && saturated >= COLOUR_EDGE_SHARE,
    fill: short / Math.max(frame.width, frame.height),
    frame,
  };
}

/** What the fine pass makes of a mark at a given pose: its edge score (after corner moves for long marks) and colour factor. */
export interface PoseProbe { edge: number; colour: number }

/**
 * Diagnostics (decision 0055): for a firm's wordmark that begins with an icon, what the fine pass makes
 * of the whole wordmark, and of its name alone (the letters right of the head, its fine template at
 * the size of its letters), at the pose where the evaluation placed it. `cx`, `cy` are the centre of
 * the supplied reference image's box, `long` its longer side in picture pixels; the turn is searched
 * (every fine rotation), the size and place as the fine pass does around a coarse candidate. An
 * oracle: it says whether a better coarse candidate could find a mark at all.
 */
export function createPoseProbe(refs: readonly ReferenceLogo[]): (image: DecodedImage, firmId: string, cx: number, cy: number, long: number) => { whole: PoseProbe; name: PoseProbe } | null {
  const wordmarks: { whole: Mark; name: Mark; ox: number; oy: number; ratio: number }[] = [];
  for (const supplied of refs) {
    const { ref, frame } = cropToMark(supplied);
    const head = ref.kind === 'wordmark' ? wordmarkHead(ref) : null;
    const part = head ? namePart(ref, head) : null;
    if (!part) continue;
    const short = Math.min(ref.image.width, ref.image.height);
    const { crop } = part;
    wordmarks.push({
      whole: markOf(ref, frame, true),
      name: markOf(part.ref, { width: frame.width, height: frame.height, crop: { ...crop, x: frame.crop.x + crop.x, y: frame.crop.y + crop.y } }, true),
      ox: (crop.x + crop.width / 2 - ref.image.width / 2) / short,
      oy: (crop.y + crop.height / 2 - ref.image.height / 2) / short,
      ratio: Math.min(crop.width, crop.height) / short,
    });
  }
  return (image, firmId, cx, cy, long) => {
    const w = wordmarks.find((m) => m.whole.firmId === firmId);
    if (!w) return null;
    const grey = toGrey(image);
    const sat = integral(grey);
    let stack: PlaneStack | null = null;
    const pic: Picture = { grey, sat, stack: () => (stack ??= lumaChromaStack(image, grey)) };
    const planes = rgbStack(image);
    const { frame } = w.whole;
    const shortSide = long * w.whole.fill;
    const k = shortSide / Math.min(frame.crop.width, frame.crop.height);
    // from the frame's centre to the opaque part's, and from there to the name's (picture pixels, unturned)
    const ex = (frame.crop.x + frame.crop.width / 2 - frame.width / 2) * k;
    const ey = (frame.crop.y + frame.crop.height / 2 - frame.height / 2) * k;
    let whole: PoseProbe = { edge: 0, colour: 0 };
    let name: PoseProbe = { edge: 0, colour: 0 };
    for (const r of COARSE_ROTATIONS) {
      const a = (r * Math.PI) / 180;
      const turn = (x: number, y: number): [number, number] => [x * Math.cos(a) - y * Math.sin(a), x * Math.sin(a) + y * Math.cos(a)];
      const [dx, dy] = turn(ex, ey);
      const [nx, ny] = turn(ex + w.ox * shortSide, ey + w.oy * shortSide);
      const a1 = probeAt(pic, planes, { mark: w.whole, cx: cx + dx, cy: cy + dy, shortSide, coarse: 1, rotation: r });
      const a2 = probeAt(pic, planes, { mark: w.name, cx: cx + nx, cy: cy + ny, shortSide: shortSide * w.ratio, coarse: 1, rotation: r });
      if (a1.edge > whole.edge) whole = a1;
      if (a2.edge > name.edge) name = a2;
    }
    return { whole, name };
  };
}

/** The fine pass, corner moves and colour check of one candidate, as the detector runs them. */
function probeAt(pic: Picture, planes: PlaneStack, c: Candidate): PoseProbe {
  const first = verify(pic, c, FINE_SCALES, FINE_MARGIN, 7.5);
  const v = first ? better(first, verify(pic, { ...c, ...first.pose }, REFINE_SCALES, REFINE_MARGIN, 5)) : null;
  if (!v) return { edge: 0, colour: 0 };
  if (v.score >= WARP_FLOOR && c.mark.aspect <= WARP_ASPECT) warp(pic, c.mark.colourEdges, v);
  if (v.score >= SWALLOW_FLOOR && c.mark.grounds.length) swallow(pic, planes, c, v);
  return { edge: v.score, colour: colourAgreement(planes, v, c.mark.aspect <= WARP_ASPECT ? LONG_REACH : 0) };
}

/** A wordmark's name: everything right of the gap after its head, cropped to its opaque part (crop in the wordmark's pixels). */
function namePart(ref: ReferenceLogo, head: { x: number; width: number }): { ref: ReferenceLogo; crop: Region } | null {
  const { width: W, height: H, data } = ref.image;
  const opaqueCol = (x: number): boolean => {
    for (let y = 0; y < H; y++) if (data[(y * W + x) * 4 + 3]! > OPAQUE) return true;
    return false;
  };
  let x = head.x + head.width;
  while (x < W && !opaqueCol(x)) x++;
  if (x >= W) return null;
  const part = cropToMark(subImage(ref, x, W - x));
  if (part.ref.kind !== 'wordmark') return null;
  return { ref: part.ref, crop: { ...part.frame.crop, x: x + part.frame.crop.x } };
}

export function createLogoDetector(refs: readonly ReferenceLogo[], opts: LogoDetectorOptions = {}): LogoDetector {
  const minScale = opts.minScale ?? 0.05;
  const maxScale = opts.maxScale ?? 0.45;
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const perMark = opts.candidatesPerMark ?? 40;
  const toMark = (ref: ReferenceLogo, frame: Frame): Mark => markOf(ref, frame, opts.colourEdges !== false, opts.swallowedParts !== false);
  const cores = opts.strokeCores !== false;
  const wideNames = opts.wideNames !== false;
  const colourPeaks = opts.colourPeaks !== false;
  const coveredCells = opts.coveredCells !== false;
  const marks: Mark[] = [];
  for (const supplied of refs) {
    const { ref, frame } = cropToMark(supplied);
    marks.push(toMark(ref, frame));
    // a wordmark that begins with an icon is also searched by that icon, then checked for the rest
    const head = opts.wordmarkHeads === false || ref.kind !== 'wordmark' ? null : wordmarkHead(ref);
    if (!head) continue;
    const part = cropToMark(subImage(ref, head.x, head.width));
    const headCrop = { x: head.x + part.frame.crop.x, y: part.frame.crop.y, width: part.frame.crop.width, height: part.frame.crop.height };
    const mark = toMark(part.ref, { width: frame.width, height: frame.height, crop: { ...headCrop, x: frame.crop.x + headCrop.x, y: frame.crop.y + headCrop.y } });
    marks.push({ ...mark, kind: 'wordmark', tail: buildTail(ref, head, headCrop) });
  }
  // the last picture's largest arrays, whose memory the next picture reuses where it is large enough
  // (image-ops.ts: toGrey); nothing of a picture is read after its call returns
  const spare: { grey?: GreyImage; sat?: Float64Array; stack?: PlaneStack; colour?: PlaneStack } = {};
  return (image: DecodedImage): LogoMatch[] => {
    const grey = spare.grey = toGrey(image, spare.grey);
    const sat = spare.sat = integral(grey, spare.sat);
    let stack: PlaneStack | null = null;
    const pic: Picture = { grey, sat, stack: () => (stack ??= spare.stack = lumaChromaStack(image, grey, spare.stack)) };
    let colour: PlaneStack | null = null;
    const planes = (): PlaneStack => (colour ??= spare.colour = rgbStack(image, spare.colour));
    const long = Math.max(grey.width, grey.height);
    // levels by index, with colour edges (for coloured marks) and without, each built when first asked
    // for; the two share the level's picture and brightness edges
    const levels = new Map<number, Level>();
    const bases = new Map<number, { g: GreyImage; bits: Uint8Array; maps: LevelMaps }>();
    const level = (k: number, withColour: boolean): Level => {
      const key = withColour ? -1 - k : k;
      let l = levels.get(key);
      if (!l) {
        const f = Math.pow(LEVEL_RATIO, -k);
        let base = bases.get(k);
        if (!base) {
          const w = Math.max(1, Math.floor(grey.width * f));
          const h = Math.max(1, Math.floor(grey.height * f));
          const g: GreyImage = { width: w, height: h, data: samplePatch(grey, sat, f, 0, 0, w, h) };
          const bits = edgeBits(g);
          base = { g, bits, maps: mapsOfBits(bits, w, h) };
          bases.set(k, base);
        }
        const { width: w, height: h } = base.g;
        const [, cb, cr] = withColour ? sampleStack(pic.stack(), f, 0, 0, w, h, scratch(w * h)) : [];
        const maps = cb && cr ? withColourEdges(base.maps, base.bits, { cb, cr }, w, h) : base.maps;
        l = { width: w, height: h, resp: maps.exact, planes: maps.planes, stride: w * h > STRIDE_ABOVE ? 2 : 1 };
        levels.set(key, l);
      }
      return l;
    };
    const candidates: Candidate[] = [];
    for (const mark of marks) {
      const found: Candidate[] = [];
      const S = mark.coarse[0]!.shortSide;
      const mMin = Math.max(minScale * long * mark.fill, mark.kind === 'wordmark' ? WORDMARK_MIN_SHORT : 0);
      const mMax = maxScale * long * mark.fill;
      const kLo = Math.max(0, Math.floor(Math.log(mMin / S) / Math.log(LEVEL_RATIO)));
      const kHi = Math.ceil(Math.log(mMax / S) / Math.log(LEVEL_RATIO));
      for (let k = kLo; k <= kHi; k++) {
        const l = level(k, mark.colourEdges);
        const f = Math.pow(LEVEL_RATIO, -k);
        const atLevel: Candidate[] = [];
        for (const tpl of mark.coarse) {
          if (l.width < tpl.width || l.height < tpl.height) continue;
          for (const peak of coarsePeaks(l, tpl, l.stride)) {
            atLevel.push({ mark, cx: peak.x / f, cy: peak.y / f, shortSide: S / f, coarse: peak.score, rotation: tpl.rotation });
          }
        }
        const ranked = suppress(atLevel, mark);
        found.push(...ranked.slice(0, PER_LEVEL));
        // past the best two, the peaks where the mark's colours are (decision 0063)
        if (colourPeaks) found.push(...colouredPeaks(planes(), ranked.slice(PER_LEVEL, PER_LEVEL + COLOUR_LOOK), cores));
      }
      candidates.push(...suppress(found, mark, true).slice(0, perMark));
    }
    const matches: (LogoMatch & { wordmark?: boolean })[] = [];
    for (const c of candidates) {
      // the coarse pose is off by up to a coarse pixel (a tenth of the mark) and half a level step in
      // size: a second fine pass centred on the first one's answer lands on the mark
      const first = verify(pic, c, FINE_SCALES, FINE_MARGIN, 7.5);
      const v = first ? better(first, verify(pic, { ...c, ...first.pose }, REFINE_SCALES, REFINE_MARGIN, 5)) : null;
      // the colour check only where the edges already agree: it needs three more integral images
      if (v && v.score >= WARP_FLOOR && c.mark.aspect <= WARP_ASPECT) warp(pic, c.mark.colourEdges, v);
      if (v && v.score >= SWALLOW_FLOOR && c.mark.grounds.length) swallow(pic, planes(), c, v, cores);
      // the agreement with the worst cells left out (decision 0066): traced for every candidate, used
      // for the near misses (a fixed window, so that the evaluation's low threshold verifies the same)
      const near = v && coveredCells && v.score >= COVERED_FLOOR && v.score < COVERED_CEIL;
      const covered = v && (opts.trace || near) ? coveredScores(pic, c.mark.colourEdges, v, c.mark.aspect, TRACE_DROPS) : null;
      const rigid = v?.score ?? 0;
      if (v && covered && near) v.score = Math.max(rigid, covered[TRACE_DROPS.indexOf(COVERED_DROP)]! - COVERED_MARGIN);
      const edge = v?.score ?? 0;
      if (v && (v.score >= threshold || opts.trace)) v.score *= colourAgreement(planes(), v, c.mark.aspect <= WARP_ASPECT ? LONG_REACH : 0, cores);
      // a head's name is read wherever the head's edges agree: a sure name may stand in for its colour (TAIL_SURE)
      const named = v && c.mark.tail && (edge >= threshold || opts.trace) ? bestTail(pic, c.mark.colourEdges, c.mark.tail, v.pose, v.f) : null;
      // a name that does not agree at the head's size is read at larger ones (decision 0060); the
      // floor is the default threshold's so that the evaluation's low threshold verifies the same
      const wide = v && named && c.mark.tail && wideNames && named.score < TAIL_MIN && edge >= DEFAULT_THRESHOLD && v.score >= HEAD_COLOUR_GATE * edge
        ? tailOverSizes(pic, c.mark.colourEdges, c.mark.tail, v.pose, v.f, named.rotation) : null;
      // the whole wordmark's colours where the name put it: a UI screen's text lines agree with a name
      // at some size and place, rarely in its colours
      const wordColour = wide && wide.score >= WIDE_MIN ? colourAgreement(planes(), tailAt(c.mark.tail!, wide.pose, v!.f * v!.pose.shortSide / wide.pose.shortSide), LONG_REACH, cores) : 1;
      const widePose = wide && wide.score >= WIDE_MIN && wordColour >= WIDE_COLOUR ? wide.pose : null;
      const tail = named ? (widePose ? wide!.score : named.score) : 1;
      if (v && widePose) {
        const r = frameRegion(c.mark.frame, widePose.cx, widePose.cy, widePose.shortSide, widePose.rotation);
        v.region = toRegion(r.x, r.y, r.width, r.height, grey);
      }
      const sure = v && c.mark.tail && tail >= TAIL_SURE && v.score >= HEAD_COLOUR_GATE * edge ? edge : 0;
      const blurred = v && c.mark.aspect <= WARP_ASPECT && c.mark.saturated >= SATURATED_SHARE && v.score >= SATURATED_GATE * edge ? edge - SATURATED_MARGIN : 0;
      if (v && opts.trace) opts.trace({ firmId: c.mark.firmId, kind: c.mark.kind, coarse: c.coarse, edge, colour: v.score / (edge || 1), region: v.region, features: { ...traceFeatures(grey, sat, planes(), v), tail, head: c.mark.tail ? 1 : 0, sure, blurred, rigid, ...(covered ? Object.fromEntries(TRACE_DROPS.map((d, i) => [`r${Math.round(d * 100)}`, covered[i]!])) : {}), ...(wide ? { wide: wide.score, wideSize: wide.pose.shortSide / v.pose.shortSide, own: named!.score, wordColour } : {}) } });
      if (v && edge < threshold) continue;
      const score = Math.max(v?.score ?? 0, sure, blurred);
      if (v && score >= threshold && tail >= TAIL_MIN) matches.push({ firmId: c.mark.firmId, score: calibrate(score, threshold), region: v.region, ...(c.mark.tail || c.mark.kind === 'wordmark' ? { wordmark: true } : {}) });
    }
    return suppressRegions(matches);
  };
}

export function calibrate(edge: number, threshold = DEFAULT_THRESHOLD): number {
  return 1 / (1 + Math.exp(-(edge - threshold) / SCORE_WIDTH));
}

interface Peak { x: number; y: number; score: number }

/** One pyramid level: its size, response maps, bin planes (the first exit) and the stride of its positions. */
interface Level { width: number; height: number; resp: Uint8Array; planes: BinPlanes; stride: number }

/** Coarse scores of one template over one level, reused by every call (zero between calls). */
let scoreMap = new Float32Array(0);

/** Local maxima of the coarse score over one level; x, y are the template centre in level pixels. */
function coarsePeaks(l: Level, tpl: CoarseTemplate, stride: number): Peak[] {
  const W = l.width;
  const n = tpl.dx.length;
  // the first exit is written out for four points
  if (n < FIRST_POINTS) return [];
  const offs = new Int32Array(n);
  const plane = W * l.height;
  for (let q = 0; q < n; q++) offs[q] = tpl.bin[q]! * plane + tpl.dy[q]! * W + tpl.dx[q]!;
  const resp = l.resp;
  const head = Math.min(n, EARLY_POINTS);
  const headMin = EARLY_MIN * 4 * head;
  const o0 = offs[0] ?? 0;
  const o1 = offs[1] ?? 0;
  const o2 = offs[2] ?? 0;
  const o3 = offs[3] ?? 0;
  // the head's other twelve points written out too where the template has a full head (all but the
  // smallest marks): the coarse pass's costliest line, read for every position that passes the first
  // exit (the sum is of small integers, so its order does not matter)
  const full = head === EARLY_POINTS && EARLY_POINTS === 16;
  const o4 = full ? offs[4]! : 0, o5 = full ? offs[5]! : 0, o6 = full ? offs[6]! : 0, o7 = full ? offs[7]! : 0;
  const o8 = full ? offs[8]! : 0, o9 = full ? offs[9]! : 0, o10 = full ? offs[10]! : 0, o11 = full ? offs[11]! : 0;
  const o12 = full ? offs[12]! : 0, o13 = full ? offs[13]! : 0, o14 = full ? offs[14]! : 0, o15 = full ? offs[15]! : 0;
  const mw = W - tpl.width + 1;
  const mh = l.height - tpl.height + 1;
  if (scoreMap.length < mw * mh) scoreMap = new Float32Array(mw * mh);
  const map = scoreMap;
  const hits: number[] = [];
  const norm = 1 / (4 * n);
  // a position needs 4 * n * COARSE_MIN in all; every point adds at most 4
  const need = COARSE_MIN * 4 * n;
  // The first exit for 32 positions of a row at once (decision 0046): a position passes when one of
  // the first four points has an edge in its own bin (4) or two have one in a neighbour bin (3 + 3),
  // which is the test `sum of their responses >= 4` (decision 0042), on bit planes. Only the positions
  // that pass are scored one by one: the same candidates as scoring every position, in the same order.
  const { words, same, near } = l.planes;
  const s0 = same[tpl.bin[0]!]!, s1 = same[tpl.bin[1]!]!, s2 = same[tpl.bin[2]!]!, s3 = same[tpl.bin[3]!]!;
  const n0p = near[tpl.bin[0]!]!, n1p = near[tpl.bin[1]!]!, n2p = near[tpl.bin[2]!]!, n3p = near[tpl.bin[3]!]!;
  const dx0 = tpl.dx[0]!, dx1 = tpl.dx[1]!, dx2 = tpl.dx[2]!, dx3 = tpl.dx[3]!;
  const strideMask = stride === 2 ? 0x55555555 : -1;
  for (let y = 0; y < mh; y += stride) {
    const r0 = (y + tpl.dy[0]!) * words, r1 = (y + tpl.dy[1]!) * words, r2 = (y + tpl.dy[2]!) * words, r3 = (y + tpl.dy[3]!) * words;
    for (let x0 = 0; x0 < mw; x0 += 32) {
      // bits x .. x + 31 of a plane's row: two words, shifted (o = 0 needs no second word)
      let x = x0 + dx0, i = r0 + (x >> 5), o = x & 31;
      const e0 = o === 0 ? s0[i]! : (s0[i]! >>> o) | (s0[i + 1]! << (32 - o));
      const n0 = o === 0 ? n0p[i]! : (n0p[i]! >>> o) | (n0p[i + 1]! << (32 - o));
      x = x0 + dx1; i = r1 + (x >> 5); o = x & 31;
      const e1 = o === 0 ? s1[i]! : (s1[i]! >>> o) | (s1[i + 1]! << (32 - o));
      const n1 = o === 0 ? n1p[i]! : (n1p[i]! >>> o) | (n1p[i + 1]! << (32 - o));
      x = x0 + dx2; i = r2 + (x >> 5); o = x & 31;
      const e2 = o === 0 ? s2[i]! : (s2[i]! >>> o) | (s2[i + 1]! << (32 - o));
      const n2 = o === 0 ? n2p[i]! : (n2p[i]! >>> o) | (n2p[i + 1]! << (32 - o));
      x = x0 + dx3; i = r3 + (x >> 5); o = x & 31;
      const e3 = o === 0 ? s3[i]! : (s3[i]! >>> o) | (s3[i + 1]! << (32 - o));
      const n3 = o === 0 ? n3p[i]! : (n3p[i]! >>> o) | (n3p[i + 1]! << (32 - o));
      let pass = (e0 | e1 | e2 | e3 | (n0 & n1) | (n2 & n3) | ((n0 | n1) & (n2 | n3))) & strideMask;
      if (mw - x0 < 32) pass &= (1 << (mw - x0)) - 1;
      while (pass !== 0) {
        const bit = 31 - Math.clz32(pass & -pass);
        pass &= pass - 1;
        const px = x0 + bit;
        const base = y * W + px;
        let s = resp[base + o0]! + resp[base + o1]! + resp[base + o2]! + resp[base + o3]!;
        let q = 4;
        if (full) {
          s += resp[base + o4]! + resp[base + o5]! + resp[base + o6]! + resp[base + o7]!
            + resp[base + o8]! + resp[base + o9]! + resp[base + o10]! + resp[base + o11]!
            + resp[base + o12]! + resp[base + o13]! + resp[base + o14]! + resp[base + o15]!;
          q = EARLY_POINTS;
        }
        for (; q < head; q++) s += resp[base + offs[q]!]!;
        // most positions agree on few of the first points: not worth the rest
        if (s < headMin) continue;
        // then in steps of 8 points, stopping where even full agreement on the rest cannot reach `need`
        while (q < n && s + 4 * (n - q) >= need) {
          if (q + 8 <= n) {
            s += resp[base + offs[q]!]! + resp[base + offs[q + 1]!]! + resp[base + offs[q + 2]!]! + resp[base + offs[q + 3]!]!
              + resp[base + offs[q + 4]!]! + resp[base + offs[q + 5]!]! + resp[base + offs[q + 6]!]! + resp[base + offs[q + 7]!]!;
            q += 8;
          } else {
            for (; q < n; q++) s += resp[base + offs[q]!]!;
          }
        }
        if (q < n || s < need) continue;
        map[y * mw + px] = s * norm;
        hits.push(y * mw + px);
      }
    }
  }
  // only positions of at least COARSE_MIN are in the map: a skipped neighbour scored less than any of them
  const peaks: Peak[] = [];
  for (const at of hits) {
    const v = map[at]!;
    const y = Math.floor(at / mw);
    const x = at - y * mw;
    let isMax = true;
    for (let yy = Math.max(0, y - stride); yy <= Math.min(mh - 1, y + stride) && isMax; yy += stride) {
      for (let xx = Math.max(0, x - stride); xx <= Math.min(mw - 1, x + stride); xx += stride) {
        if (map[yy * mw + xx]! > v) { isMax = false; break; }
      }
    }
    if (isMax) peaks.push({ x: x + tpl.width / 2, y: y + tpl.height / 2, score: v });
  }
  // the map is shared by all calls: leave it zero for the next
  for (const at of hits) map[at] = 0;
  return peaks;
}

/** Best fine edge score around a candidate, over rotations near the coarse one, three scales and shifts. */
interface Verified {
  score: number;
  /** Corner moves found by warp() (template pixels), with the margin of the patch they were found in. */
  warp?: { moves: CornerMoves; margin: number };
  region: Region;
  tpl: EdgeTemplate;
  f: number;
  x0: number;
  y0: number;
  pose: { cx: number; cy: number; shortSide: number; rotation: number };
}

function better(a: Verified, b: Verified | null): Verified {
  return b && b.score > a.score ? b : a;
}

function verify(pic: Picture, c: Candidate, scales: number[], margin: number, turn: number): Verified | null {
  const { grey } = pic;
  let best: Verified | null = null;
  const tpls = c.mark.fine.filter((tpl) => Math.abs(tpl.rotation - c.rotation) <= turn);
  if (tpls.length === 0) return null;
  // one patch per scale for all rotations tried (decision 0046): each template is placed at the
  // patch's centre; sampling and gradients were half of the fine pass
  let tw = 0, th = 0;
  for (const tpl of tpls) { tw = Math.max(tw, tpl.width); th = Math.max(th, tpl.height); }
  const pw = tw + 2 * margin;
  const ph = th + 2 * margin;
  for (const scale of scales) {
    const m = c.shortSide * scale;
    const f = FINE_SHORT / m;
    const x0 = c.cx - pw / 2 / f;
    const y0 = c.cy - ph / 2 / f;
    const { cs } = gradientOf(pic, c.mark.colourEdges, f, x0, y0, pw, ph);
    for (const tpl of tpls) {
      const ax = Math.floor((tw - tpl.width) / 2);
      const ay = Math.floor((th - tpl.height) / 2);
      const offs = pointOffsets(tpl, pw);
      const at = (ox: number, oy: number): number => 2 * ((ay + oy) * pw + ax + ox);
      // shifts every other pixel, then the eight around the best of them (decision 0046): the agreement
      // of a 20-px template falls over two pixels or more, so its top is within one of the coarse grid's
      let bs = -1, bx = 0, by = 0;
      for (let oy = 0; oy <= 2 * margin; oy += 2) {
        for (let ox = 0; ox <= 2 * margin; ox += 2) {
          const s = edgeScoreAt(cs, offs, tpl, at(ox, oy));
          if (s > bs) { bs = s; bx = ox; by = oy; }
        }
      }
      const gx = bx, gy = by;
      for (let oy = Math.max(0, gy - 1); oy <= Math.min(2 * margin, gy + 1); oy++) {
        for (let ox = Math.max(0, gx - 1); ox <= Math.min(2 * margin, gx + 1); ox++) {
          if (ox === gx && oy === gy) continue;
          const s = edgeScoreAt(cs, offs, tpl, at(ox, oy));
          if (s > bs) { bs = s; bx = ox; by = oy; }
        }
      }
      if (!best || bs > best.score) {
        const px = x0 + (ax + bx) / f;
        const py = y0 + (ay + by) / f;
        const pose = { cx: px + tpl.width / 2 / f, cy: py + tpl.height / 2 / f, shortSide: m, rotation: tpl.rotation };
        const r = frameRegion(c.mark.frame, pose.cx, pose.cy, m, tpl.rotation);
        best = { score: bs, tpl, f, pose, x0: px, y0: py, region: toRegion(r.x, r.y, r.width, r.height, grey) };
      }
    }
  }
  return best;
}

/**
 * Rigid fine score from which a match is refined by moving its corners (corner-warp.ts): a true mark
 * under perspective scores lower at the rigid pose, clutter under this gains too little to matter.
 */
const WARP_FLOOR = 0.35;
/**
 * Only long marks (wordmarks, the packaged OKX and Bybit names) are refined by corner moves: the same
 * perspective moves the ends of a mark five times as long as high by five times as many pixels of its
 * fine template, while an icon's corners move about a pixel, which the rigid pass absorbs; on seed 7
 * (400 images) moving icons' corners gained eight icons and cost six false matches (decision 0046).
 */
const WARP_ASPECT = 0.5;
/** Farthest a corner may move, as a share of the template's longer side (the generator's corner jitter is 6 %). */
const WARP_SHARE = 0.08;
const WARP_STEPS = [4, 2, 1];

const weightCache = new WeakMap<EdgeTemplate, { edge: Float32Array; inside: Float32Array }>();
function weightsOf(tpl: EdgeTemplate): { edge: Float32Array; inside: Float32Array } {
  let w = weightCache.get(tpl);
  if (!w) {
    w = { edge: cornerWeights(tpl.dx, tpl.dy, tpl.width, tpl.height), inside: cornerWeights(tpl.ix, tpl.iy, tpl.width, tpl.height) };
    weightCache.set(tpl, w);
  }
  return w;
}

/** Moves the corners of a verified pose where that raises its edge score (in place). */
function warp(pic: Picture, colour: boolean, v: Verified): void {
  const { tpl, f } = v;
  const limit = Math.max(1, Math.round(WARP_SHARE * Math.max(tpl.width, tpl.height)));
  const m = limit + 1;
  const pw = tpl.width + 2 * m;
  const ph = tpl.height + 2 * m;
  const g = gradientOf(pic, colour, f, v.x0 - m / f, v.y0 - m / f, pw, ph);
  const r = refineCorners(g, ph, tpl, weightsOf(tpl).edge, m, m, limit, WARP_STEPS);
  if (r.score > v.score) { v.score = r.score; v.warp = { moves: r.moves, margin: m }; }
}

/** Rigid fine score from which an icon's swallowed parts are looked for (as WARP_FLOOR: clutter under it cannot reach the threshold). */
const SWALLOW_FLOOR = 0.35;
/**
 * Colour distance (share of the RGB cube's diagonal) under which the picture just outside a part's
 * outline has that part's colour: the background swallows the part, and its outline cannot show.
 */
const SWALLOW_DIST = 0.12;
/** How far outside the outline (template pixels) the background's colour is read. */
const SWALLOW_OUT = 2;
/**
 * Edge points a template on a part's colour must keep (of MAX_POINTS, 96): with fewer, the rest of
 * the mark is too little evidence for a pose searched anew, and clutter reaches it (seed 7: two marks
 * whose other parts kept 48-49 points took a UI panel and a decoy).
 */
const GROUND_POINTS = 64;
/** Share of a mark's outline points a part must hold to have a template on its colour. */
const GROUND_SHARE = 0.2;

/** An icon's fine templates rendered on the colour of one of its parts (`group`, a colour group of its inside points). */
interface Ground { group: number; colour: [number, number, number]; fine: EdgeTemplate[] }

/**
 * Templates on each main part's colour: for a part holding at least GROUND_SHARE of the outline
 * points, and leaving at least that share of edges when its outline is gone (a one-colour mark has
 * nothing left on its own colour).
 */
function groundsOf(ref: ReferenceLogo, upright: EdgeTemplate): Ground[] {
  const n = upright.dx.length;
  const count = new Map<number, number>();
  for (let q = 0; q < n; q++) if (upright.egroup[q]! >= 0) count.set(upright.egroup[q]!, (count.get(upright.egroup[q]!) ?? 0) + 1);
  const out: Ground[] = [];
  for (const [group, k] of count) {
    if (k < GROUND_SHARE * n) continue;
    const colour = groupColour(upright, group);
    const fine = FINE_ROTATIONS.map((r) => buildEdgeTemplate(ref, FINE_SHORT, r, undefined, colour));
    if (fine[FINE_ROTATIONS.indexOf(0)]!.dx.length < GROUND_POINTS) continue;
    out.push({ group, colour, fine });
  }
  return out;
}

/**
 * An icon's edge score where its background swallows a part (decision 0056): a navy plate on a dark
 * panel, the navy bar of a chart mark on a dark screen. The fine templates are drawn on black and on
 * white, so they hold every part's outline, and where the picture just outside a part's outline has
 * the part's own colour (or its inverse, dark mode) that outline is not in the picture at all: it
 * caps the score by the share of the parts that show, and the pose found by it is off. There the
 * fine pass runs again with the templates drawn on that part's colour (its edges as such a background
 * shows them), and its answer stands if it scores higher. The colour check is unchanged: the
 * swallowed part must still have its colour inside.
 */
function swallow(pic: Picture, planes: PlaneStack, c: Candidate, v: Verified, cores = true): void {
  const grounds = c.mark.grounds;
  const { tpl, f } = v;
  const n = tpl.dx.length;
  const m = SWALLOW_OUT + 1;
  const pw = tpl.width + 2 * m, ph = tpl.height + 2 * m;
  let colourChecked = false;
  for (const gr of grounds) {
    // sampled per part: the colour check below writes the same scratch memory
    const [r, g, b] = sampleStack(planes, f, v.x0 - m / f, v.y0 - m / f, pw, ph, colourScratch(pw * ph));
    const direct: number[] = [], inverse: number[] = [];
    const [cr, cg, cb] = gr.colour;
    for (let q = 0; q < n; q++) {
      if (tpl.egroup[q] !== gr.group) continue;
      const x = Math.min(pw - 1, Math.max(0, Math.round(tpl.dx[q]! + m + tpl.enx[q]! * SWALLOW_OUT)));
      const y = Math.min(ph - 1, Math.max(0, Math.round(tpl.dy[q]! + m + tpl.eny[q]! * SWALLOW_OUT)));
      const at = y * pw + x;
      const o0 = r![at]!, o1 = g![at]!, o2 = b![at]!;
      direct.push(Math.hypot(o0 - cr, o1 - cg, o2 - cb));
      inverse.push(Math.hypot(255 - o0 - cr, 255 - o1 - cg, 255 - o2 - cb));
    }
    if (Math.min(median(direct), median(inverse)) > SWALLOW_DIST * 255 * Math.sqrt(3)) continue;
    // a pose whose colours are not the mark's (the other parts' colour missing) is not worth a second
    // fine pass: no acceptance rule takes an icon under HEAD_COLOUR_GATE (on dark panels most
    // candidates of a mark with a dark part pass the test above)
    if (!colourChecked && colourAgreement(planes, v, 0, cores) < HEAD_COLOUR_GATE) return;
    colourChecked = true;
    // the pose was found by an outline that is not there: the fine pass again, with the part's ground
    const mark = { ...c.mark, fine: gr.fine };
    const first = verify(pic, { ...c, mark }, FINE_SCALES, FINE_MARGIN, 7.5);
    const w = first ? better(first, verify(pic, { ...c, mark, ...first.pose }, REFINE_SCALES, REFINE_MARGIN, 5)) : null;
    if (w && w.score > v.score) Object.assign(v, w);
  }
}

function median(xs: number[]): number {
  if (xs.length === 0) return Infinity;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Mean colour of a colour group's inside points. */
function groupColour(tpl: EdgeTemplate, grp: number): [number, number, number] {
  const sum = [0, 0, 0];
  let k = 0;
  for (let q = 0; q < tpl.igroup.length; q++) {
    if (tpl.igroup[q] !== grp) continue;
    for (let c = 0; c < 3; c++) sum[c]! += tpl.irgb[q * 3 + c]!;
    k++;
  }
  return [sum[0]! / (k || 1), sum[1]! / (k || 1), sum[2]! / (k || 1)];
}

/** The picture as the fine pass reads it: luminance, and luminance with chroma (Cb, Cr; decision 0051) stacked when first asked for. */
interface Picture { grey: GreyImage; sat: Float64Array; stack: () => PlaneStack }

/**
 * Share of saturated inside points (REACH_CHROMA) from which a mark is searched and scored with colour
 * edges where the picture's brightness has none (decision 0051): a coloured mark can stand on a
 * background of its own brightness (a pink name on a green as bright), where it has no brightness
 * edge at all. Grey and black marks keep brightness alone: their contrast with any background is in
 * brightness, and colour edges would only add the picture's clutter.
 */
const COLOUR_EDGE_SHARE = 0.5;

/** Three planes of at least n values, reused by every call (their contents are the caller's until the next). */
let scratchPlanes: Float32Array[] = [];
function scratch(n: number): Float32Array[] {
  if ((scratchPlanes[0]?.length ?? 0) < n) scratchPlanes = [0, 1, 2].map(() => new Float32Array(n));
  return scratchPlanes;
}

/** Three planes of at least n values for the colour check's patches (its own: a gradient's may be in use). */
let colourPatches: Float32Array[] = [];
function colourScratch(n: number): Float32Array[] {
  if ((colourPatches[0]?.length ?? 0) < n) colourPatches = [0, 1, 2].map(() => new Float32Array(2 * n));
  return colourPatches;
}

/** One gradient of at least n points, reused by every call of gradientOf. */
let scratchGradient = new Float32Array(0);

/**
 * Gradient of the picture resampled as a pw x ph patch (samplePatch), with colour edges if `colour`.
 * Into scratch memory, valid until the next call: every caller reads its gradient and drops it.
 */
function gradientOf(pic: Picture, colour: boolean, f: number, x0: number, y0: number, pw: number, ph: number): PatchGradient {
  if (scratchGradient.length < 2 * pw * ph) scratchGradient = new Float32Array(4 * pw * ph);
  if (!colour) return patchGradient(samplePatch(pic.grey, pic.sat, f, x0, y0, pw, ph), pw, ph, undefined, scratchGradient);
  // the three planes in one pass over their interleaved tables, into scratch memory: they are read
  // once, here, and the fine pass asks for thousands of patches per picture
  const [lum, cb, cr] = sampleStack(pic.stack(), f, x0, y0, pw, ph, scratch(pw * ph));
  return patchGradient(lum!, pw, ph, { cb: cb!, cr: cr! }, scratchGradient);
}

/** The picture's r, g and b for the colour check, stacked (sampled together, like the fine pass's planes). */
export function colourPlanes(image: DecodedImage): PlaneStack {
  return rgbStack(image);
}

/** Weight of the colour distance (0..1 over the RGB cube's diagonal) in the colour check (seed 7, decision 0042). */
const COLOUR_WEIGHT = 4;
/** Share of the mark's inside points that must have the reference's colour at that point. */
const COLOUR_SHARE = 0.3;

/**
 * 1 when at least COLOUR_SHARE of the mark's inside points have the reference's colour at that
 * point (or all have its inverse: dark mode), falling with the distance at that share. Edges alone
 * take any outline of the right shape, a circle of the texture behind for a round mark among them.
 * Point by point rather than the mean colour (decision 0034): the mean of a two-colour mark is a
 * third colour that a plain patch can match, and the mean of a thin mark at the size of the fine
 * template is mixed with the background at every point. The best share ignores points on the
 * blurred border and under occlusion. Each colour group of at least GROUP_MIN of the mark is checked
 * on its own as well (decision 0043), and the lower factor counts. With `reach` (template pixels) a
 * saturated point takes the best of its neighbours (LONG_REACH, decision 0048). With `cores` each
 * group is read at the deeper half of its points (EdgeTemplate.icore, decision 0057): JPEG keeps colour
 * at half resolution, so a part a few pixels wide shows its own colour only along its middle, and at
 * its border the next part's or the background's; a group still weighs by all its points.
 */
export function colourAgreement(colour: PlaneStack, v: Pick<Verified, 'tpl' | 'f' | 'x0' | 'y0' | 'warp'>, reach = 0, cores = true): number {
  // The image is sampled once for both checks.
  const d = pointDistances(colour, v, reach);
  const core = cores ? v.tpl.icore : undefined;
  return Math.min(colourAgreementAt(d, COLOUR_SHARE, core), perGroup(v.tpl.igroup, d, COLOUR_SHARE, GROUP_MIN, core));
}

/**
 * Share of the inside points from which a colour group of the mark must show its own colour too
 * (decision 0043). Zyntra's mark is a dark navy plate with a green Z: dark UI panels and buttons have
 * the plate's colour at 30 % of the points and the outline of a rounded square, and took it on seed 7;
 * with every main colour checked on its own they do not. A group under a quarter of the mark (a
 * thin ring, a dot) is left to the check over all points: at the fine template's size it is mostly
 * blurred border.
 */
const GROUP_MIN = 0.25;

/**
 * Long marks (WARP_ASPECT: wordmarks, the packaged OKX and Bybit names) are read for colour at the
 * best of each inside point and its eight neighbours (template pixels; decision 0048). Their letters
 * are two or three pixels wide at the fine template's size, JPEG keeps colour at half resolution and
 * corner moves leave a pixel of misfit, so the point itself is often the background's blend. Icons
 * keep the point itself: their plates and discs are wide, and the check is what keeps dark panels off
 * zyntra's plate.
 */
const LONG_REACH = 1;
/**
 * Only points of a saturated colour (max - min of r, g, b at least this) reach: JPEG blurs colour, not
 * brightness, so a grey or black letter keeps its own value at its own point. Reaching for grey points
 * too let UI text (dark grey ink) pass as Bybit's black name: 17 false matches on seed 7 (400 images).
 */
const REACH_CHROMA = 60;

/**
 * A long mark drawn mostly in saturated colours (at least SATURATED_SHARE of its inside points) is
 * scored by its edges less SATURATED_MARGIN where its colour factor is at least SATURATED_GATE, if
 * that is more than edge times colour (decision 0049). Its letters are two or three pixels wide at
 * the fine template's size and JPEG keeps colour at half resolution, so the factor of a plainly
 * visible name is 0.5-0.8; the gate still asks for the colours. Grey and black names (the packaged
 * Bybit and OKX marks) are not eased: on UI screenshots dark text reached Bybit's edges at 0.67 with
 * factors of 0.45-0.6 (seed 7, 400 images), while false candidates of saturated long marks with a
 * factor of 0.5 stayed under 0.54.
 */
const SATURATED_SHARE = 0.5;
const SATURATED_GATE = 0.5;
const SATURATED_MARGIN = 0.05;

/** Share of a template's inside points whose colour is saturated (max - min of r, g, b at least REACH_CHROMA). */
function saturatedShare(tpl: EdgeTemplate): number {
  const n = tpl.ix.length;
  let k = 0;
  for (let q = 0; q < n; q++) {
    const r = tpl.irgb[q * 3]!, g = tpl.irgb[q * 3 + 1]!, b = tpl.irgb[q * 3 + 2]!;
    if (Math.max(r, g, b) - Math.min(r, g, b) >= REACH_CHROMA) k++;
  }
  return n ? k / n : 0;
}

/** Squared colour distance of each inside point of the template to the image, as drawn and inverted (dark mode). */
interface PointDistances {
  direct: Float64Array;
  inverse: Float64Array;
}

function pointDistances(colour: PlaneStack, v: Pick<Verified, 'tpl' | 'f' | 'x0' | 'y0' | 'warp'>, reach = 0): PointDistances {
  const { tpl, f, x0, y0 } = v;
  const n = tpl.ix.length;
  // under corner moves the inside points are looked up where they moved to, in a patch with a margin;
  // `reach` more around it, for the best of a saturated point's neighbours (LONG_REACH)
  const wm = v.warp?.margin ?? 0;
  const m = wm + reach;
  const pw = tpl.width + 2 * m;
  const ph = tpl.height + 2 * m;
  const patches = sampleStack(colour, f, x0 - m / f, y0 - m / f, pw, ph, colourScratch(pw * ph));
  const weights = v.warp ? weightsOf(tpl).inside : null;
  const direct = new Float64Array(n);
  const inverse = new Float64Array(n);
  for (let q = 0; q < n; q++) {
    let x = tpl.ix[q]! + m;
    let y = tpl.iy[q]! + m;
    if (v.warp && weights) [x, y] = warpedAt(tpl.ix, tpl.iy, weights, v.warp.moves, q, m, m);
    const r0 = tpl.irgb[q * 3]!, g0 = tpl.irgb[q * 3 + 1]!, b0 = tpl.irgb[q * 3 + 2]!;
    const rq = Math.max(r0, g0, b0) - Math.min(r0, g0, b0) >= REACH_CHROMA ? reach : 0;
    let bestA = Infinity;
    let bestB = Infinity;
    for (let sy = y - rq; sy <= y + rq; sy++) {
      for (let sx = x - rq; sx <= x + rq; sx++) {
        const at = Math.min(ph - 1, Math.max(0, sy)) * pw + Math.min(pw - 1, Math.max(0, sx));
        let a = 0;
        let b = 0;
        for (let c = 0; c < 3; c++) {
          const o = patches[c]![at]!;
          const r = tpl.irgb[q * 3 + c]!;
          a += (o - r) ** 2;
          b += (255 - o - r) ** 2;
        }
        if (a < bestA) bestA = a;
        if (b < bestB) bestB = b;
      }
    }
    direct[q] = bestA;
    inverse[q] = bestB;
  }
  return { direct, inverse };
}

const agreementOf = (squared: number): number => Math.max(0, 1 - COLOUR_WEIGHT * (Math.sqrt(squared) / (255 * Math.sqrt(3))));

/** The whole mark: `share` of its inside points must have the template's colour (direct or inverted). */
function colourAgreementAt(d: PointDistances, share: number, core?: Uint8Array): number {
  // Single precision, as the distances were first kept (the same k-th value: rounding keeps the order).
  const direct = Float32Array.from(core ? d.direct.filter((_, q) => core[q] === 1) : d.direct).sort();
  const inverse = Float32Array.from(core ? d.inverse.filter((_, q) => core[q] === 1) : d.inverse).sort();
  const n = direct.length;
  if (n === 0) return 1;
  const k = Math.floor(n * share);
  return agreementOf(Math.min(direct[k]!, inverse[k]!));
}

/** Extra measures of a verified candidate, for diagnostics only (refitting acceptance rules offline). */
function traceFeatures(grey: GreyImage, sat: Float64Array, colour: PlaneStack, v: Verified): Record<string, number> {
  const out: Record<string, number> = { shortSide: v.pose.shortSide, rotation: v.pose.rotation };
  const d = pointDistances(colour, v);
  for (const share of [0.1, 0.2, 0.3, 0.5, 0.7]) out[`c${Math.round(share * 100)}`] = colourAgreementAt(d, share);
  const { tpl, f, x0, y0 } = v;
  const g = patchGradient(samplePatch(grey, sat, f, x0, y0, tpl.width, tpl.height), tpl.width, tpl.height);
  let edges = 0;
  // an edge point's vector is a unit vector, a point with no edge is zero (patchGradient)
  for (let q = 0; q < tpl.dx.length; q++) {
    const p = 2 * (tpl.dy[q]! * tpl.width + tpl.dx[q]!);
    if (g.cs[p] !== 0 || g.cs[p + 1] !== 0) edges++;
  }
  out.coverage = edges / Math.max(1, tpl.dx.length);
  return out;
}

/**
 * The colour check per colour group of the mark: every group holding at least `minGroup` of the
 * inside points must have its own colour at `share` of its points (all groups direct, or all
 * inverted). The lowest factor over the groups.
 */
export function colourAgreementPerGroup(colour: PlaneStack, v: Pick<Verified, 'tpl' | 'f' | 'x0' | 'y0'>, share: number, minGroup: number): number {
  return perGroup(v.tpl.igroup, pointDistances(colour, v), share, minGroup);
}

function perGroup(igroup: ArrayLike<number>, d: PointDistances, share: number, minGroup: number, core?: Uint8Array): number {
  const n = d.direct.length;
  if (n === 0) return 1;
  const groups = new Map<number, { size: number; direct: number[]; inverse: number[] }>();
  for (let q = 0; q < n; q++) {
    const g = igroup[q]!;
    let e = groups.get(g);
    if (!e) { e = { size: 0, direct: [], inverse: [] }; groups.set(g, e); }
    // a group weighs by all its points; its colour is read at its core
    e.size++;
    if (core && core[q] !== 1) continue;
    e.direct.push(d.direct[q]!);
    e.inverse.push(d.inverse[q]!);
  }
  let worstDirect = 0;
  let worstInverse = 0;
  for (const e of groups.values()) {
    if (e.size < minGroup * n || e.direct.length === 0) continue;
    const k = Math.floor(e.direct.length * share);
    e.direct.sort((x, y) => x - y);
    e.inverse.sort((x, y) => x - y);
    worstDirect = Math.max(worstDirect, e.direct[k]!);
    worstInverse = Math.max(worstInverse, e.inverse[k]!);
  }
  return agreementOf(Math.min(worstDirect, worstInverse));
}

function toRegion(x: number, y: number, w: number, h: number, grey: GreyImage): Region {
  const x1 = Math.max(0, Math.round(x));
  const y1 = Math.max(0, Math.round(y));
  const x2 = Math.min(grey.width, Math.round(x + w));
  const y2 = Math.min(grey.height, Math.round(y + h));
  return { x: x1, y: y1, width: Math.max(1, x2 - x1), height: Math.max(1, y2 - y1) };
}

/**
 * Size ratio from which two candidates at one place are both verified (decision 0046). The coarse
 * score of a 10-px template changes little over two pyramid levels, so the best coarse level at a
 * place was often the wrong size, and the fine pass (+-22 %) could not reach the right one.
 */
const OTHER_SIZE = 1.4;
/** Candidates verified per place: the best, and the best of another size. */
const PER_PLACE = 2;

/**
 * The first COLOUR_PEAKS candidates (in their order) whose colours agree with the mark's at the coarse
 * pose: the fine template of the coarse turn, at the coarse size and centre, checked as a verified
 * pose is (colourAgreement, with the long marks' reach). A sampled patch and one distance per inside
 * point: about a tenth of the fine pass it decides on.
 */
function colouredPeaks(planes: PlaneStack, candidates: Candidate[], cores: boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (out.length >= COLOUR_PEAKS) break;
    const tpl = c.mark.fine[FINE_ROTATIONS.indexOf(c.rotation)]!;
    const f = FINE_SHORT / c.shortSide;
    const pose = { tpl, f, x0: c.cx - tpl.width / 2 / f, y0: c.cy - tpl.height / 2 / f };
    if (colourAgreement(planes, pose, c.mark.aspect <= WARP_ASPECT ? LONG_REACH : 0, cores) >= COLOUR_PEAK) out.push(c);
  }
  return out;
}

/** Greedy non-maximum suppression of one mark's candidates by centre distance, keeping a second size per place. */
function suppress(items: Candidate[], mark: Mark, sizes = false): Candidate[] {
  const sorted = [...items].sort((a, b) => b.coarse - a.coarse);
  const kept: Candidate[] = [];
  for (const it of sorted) {
    const near = kept.filter((k) => Math.abs(k.cx - it.cx) < Math.max(k.shortSide, it.shortSide) / mark.aspect / 2
      && Math.abs(k.cy - it.cy) < Math.max(k.shortSide, it.shortSide) / 2);
    const sameSize = near.some((k) => Math.max(k.shortSide, it.shortSide) / Math.min(k.shortSide, it.shortSide) < OTHER_SIZE);
    if (near.length === 0 || (sizes && !sameSize && near.length < PER_PLACE)) kept.push(it);
  }
  return kept;
}

export function iou(a: Region, b: Region): number {
  const x1 = Math.max(a.x, b.x);
  const y1 = Math.max(a.y, b.y);
  const x2 = Math.min(a.x + a.width, b.x + b.width);
  const y2 = Math.min(a.y + a.height, b.y + b.height);
  const inter = Math.max(0, x2 - x1) * Math.max(0, y2 - y1);
  return inter / (a.width * a.height + b.width * b.height - inter);
}

/** Share of region a inside region b. */
function inside(a: Region, b: Region): number {
  const x1 = Math.max(a.x, b.x);
  const y1 = Math.max(a.y, b.y);
  const x2 = Math.min(a.x + a.width, b.x + b.width);
  const y2 = Math.min(a.y + a.height, b.y + b.height);
  return (Math.max(0, x2 - x1) * Math.max(0, y2 - y1)) / (a.width * a.height || 1);
}

/**
 * One answer per place: where marks of several firms overlap, the best-scoring one stands. A firm's
 * wordmark (found by its head, decision 0043, or as a whole, 0046) also takes the place of that firm's
 * matches inside it: its icon is the wordmark's head, not a logo of its own.
 */
function suppressRegions(matches: (LogoMatch & { wordmark?: boolean })[]): LogoMatch[] {
  const words = matches.filter((m) => m.wordmark);
  const rest = matches.filter((m) => !m.wordmark && !words.some((w) => w.firmId === m.firmId && inside(m.region, w.region) > 0.7));
  const sorted = [...words, ...rest].sort((a, b) => b.score - a.score);
  const kept: LogoMatch[] = [];
  for (const m of sorted) {
    if (!kept.some((k) => iou(k.region, m.region) > 0.3)) kept.push({ firmId: m.firmId, score: m.score, region: m.region });
  }
  return kept;
}

/** Shares of the points left out in the worst cells, traced for --candidates (0 is the edge score itself, a check). */
const TRACE_DROPS = [0, 0.12, 0.2, 0.3];
/**
 * Share of the edge points that the worst cells may take out (decision 0066): about one cell of an
 * icon's nine, one or two of a long mark's. Seed 7 (400 images, replayed from traced candidates):
 * 0.2 and 0.3 lifted UI text and photo clutter past the threshold (one to five new false matches
 * with COVERED_MARGIN, 7-40 without), 0.12 none.
 */
const COVERED_DROP = 0.12;
/** Taken off the score without the worst cells: any score so trimmed rises a little, clutter's too. */
const COVERED_MARGIN = 0.03;
/** Rigid edge score from which a candidate is scored by its cells (0.4-0.5 took the same marks on seed 7). */
const COVERED_FLOOR = 0.5;
/**
 * Rigid edge score up to which a candidate is scored by its cells. Over the threshold too: a covered
 * mark loses colour where it is covered as well, and edge times colour falls short (seed 7: a zyntra
 * plate at edge 0.56, colour 0.97). 0.6 and 0.65 took the same marks, 1.0 one false match more.
 */
const COVERED_CEIL = 0.6;

/**
 * Grid of cells over a fine template's mark, in the mark's own (unturned) frame: an icon in
 * CELL_GRID x CELL_GRID, a long mark in CELL_ROWS rows of cells about half its height wide.
 * Per template, worked out once: the cell of each edge point.
 */
const CELL_GRID = 3;
const CELL_ROWS = 2;
const cellCache = new WeakMap<EdgeTemplate, { cell: Int16Array; cells: number }>();
function cellsOf(tpl: EdgeTemplate, aspect: number): { cell: Int16Array; cells: number } {
  let c = cellCache.get(tpl);
  if (c) return c;
  const a = (tpl.rotation * Math.PI) / 180;
  const h = tpl.shortSide;
  const w = h / aspect;
  const long = aspect <= WARP_ASPECT;
  const cols = long ? Math.max(2, Math.round((2 * w) / h)) : CELL_GRID;
  const rows = long ? CELL_ROWS : CELL_GRID;
  const cell = Int16Array.from(tpl.dx, (x, q) => {
    const px = x - tpl.width / 2;
    const py = tpl.dy[q]! - tpl.height / 2;
    const u = (px * Math.cos(a) + py * Math.sin(a)) / w + 0.5;
    const v = (-px * Math.sin(a) + py * Math.cos(a)) / h + 0.5;
    const i = Math.min(cols - 1, Math.max(0, Math.floor(u * cols)));
    const j = Math.min(rows - 1, Math.max(0, Math.floor(v * rows)));
    return j * cols + i;
  });
  c = { cell, cells: cols * rows };
  cellCache.set(tpl, c);
  return c;
}

/**
 * Edge agreement of a verified pose with its worst-agreeing cells left out, up to `drop` of the points
 * for each share given (decision 0066): a mark crossed by a line of the background's text or a shape
 * disagrees in the cells that cover, and agrees in the rest, while clutter disagrees all over.
 */
function coveredScores(pic: Picture, colour: boolean, v: Verified, aspect: number, drops: readonly number[]): number[] {
  const { tpl, f } = v;
  const m = v.warp?.margin ?? 0;
  const pw = tpl.width + 2 * m;
  const ph = tpl.height + 2 * m;
  const { cs } = gradientOf(pic, colour, f, v.x0 - m / f, v.y0 - m / f, pw, ph);
  const { cell, cells } = cellsOf(tpl, aspect);
  const sum = new Float64Array(cells);
  const count = new Int32Array(cells);
  const weights = v.warp ? weightsOf(tpl).edge : null;
  const n = tpl.dx.length;
  for (let q = 0; q < n; q++) {
    let x = tpl.dx[q]! + m, y = tpl.dy[q]! + m;
    if (v.warp && weights) [x, y] = warpedAt(tpl.dx, tpl.dy, weights, v.warp.moves, q, m, m);
    count[cell[q]!]!++;
    if (x < 1 || y < 1 || x >= pw - 1 || y >= ph - 1) continue;
    const p = 2 * (y * pw + x);
    sum[cell[q]!]! += positive(cs[p]! * tpl.c2[q]! + cs[p + 1]! * tpl.s2[q]!);
  }
  // cells from the worst-agreeing (mean) up
  const order = Array.from({ length: cells }, (_, i) => i).filter((i) => count[i]! > 0).sort((i, j) => sum[i]! / count[i]! - sum[j]! / count[j]!);
  let total = 0;
  for (let i = 0; i < cells; i++) total += sum[i]!;
  return drops.map((drop) => {
    let s = total, k = n, gone = 0;
    for (const i of order) {
      if (gone + count[i]! > drop * n) break;
      gone += count[i]!; s -= sum[i]!; k -= count[i]!;
    }
    return k ? s / k : 0;
  });
}
