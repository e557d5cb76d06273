import { usePodsmith } from '../store/store';
import { applyRepair, currentOffer, useRepairOffer } from './offer';

/** Under the toolbar: "this YAML lost its indentation", with the repair, or what cannot be repaired. */
export function RepairOfferBanner() {
  const offered = useRepairOffer((s) => s.offer);
  // The offer itself, not the text: a keystroke that keeps it (or its absence) renders nothing.
  const offer = usePodsmith((s) => currentOffer(offered, s.text));
  if (!offer) return null;
  const lost = 'This YAML seems to have lost its indentation (copied from a web page?): every line starts at the left edge, so fields such as name: are no longer under metadata:, nor the containers under spec:.';
  if (!offer.repair.ok) {
    return (
      <div className="banner banner-warning" role="status" data-testid="repair-offer">
        <span aria-hidden="true">⚠ </span>
        <strong>Lost indentation:</strong> {lost} Podsmith cannot put it back safely: line {offer.repair.line}: {offer.repair.reason}. Indent that part by hand (two spaces
        per level); nothing was changed.
      </div>
    );
  }
  return (
    <div className="banner banner-warning" role="status" data-testid="repair-offer">
      <span aria-hidden="true">⚠ </span>
      <strong>Lost indentation:</strong> {lost} Podsmith can put each line back under the field it belongs to, by the Kubernetes schema.
      <button type="button" onClick={applyRepair}>
        Repair indentation
      </button>
    </div>
  );
}
