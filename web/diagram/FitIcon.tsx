/** Four corners: the Fit View button's icon, in the style of React Flow's control buttons (they size and colour its svg). */
export function FitIcon() {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" aria-hidden="true">
      <path d="M0 0h11v4H4v7H0zM21 0h11v11h-4V4h-7zM28 21h4v11H21v-4h7zM0 21h4v7h7v4H0z" />
    </svg>
  );
}
