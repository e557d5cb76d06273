/** A key combination as keyboard keys: `Ctrl+Shift+Z` → Ctrl + Shift + Z, each in a <kbd>; `Escape Tab` → Esc then Tab. */
const NAMES: Readonly<Record<string, string>> = { ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓', Escape: 'Esc' };

export function Keys({ combo }: { readonly combo: string }) {
  const steps = combo.split(' ');
  if (steps.length > 1) {
    return (
      <span>
        {steps.map((step, i) => (
          <span key={i}>
            {i > 0 && ' then '}
            <Keys combo={step} />
          </span>
        ))}
      </span>
    );
  }
  const keys = combo === '+' ? ['+'] : combo.split('+');
  return (
    <kbd className="keys">
      {keys.map((key, i) => (
        <span key={i}>
          {i > 0 && ' + '}
          <kbd>{Object.hasOwn(NAMES, key) ? NAMES[key] : key}</kbd>
        </span>
      ))}
    </kbd>
  );
}
