package dev.tariffimpact.customs;

/**
 * Formal or informal customs entry; regimes may charge different fees (US MPF: a percentage clamped
 * per entry for formal entries, a flat fee for informal ones).
 *
 * <p>The type is declared by the caller: the library does not apply a value threshold (such as the
 * US $2,500 informal-entry limit) on its own, because eligibility also depends on the goods.
 */
public enum EntryType {
  /** Formal entry (for example CBP Form 7501 consumption entry). */
  FORMAL,
  /** Informal entry (low-value goods under simplified procedures). */
  INFORMAL
}
