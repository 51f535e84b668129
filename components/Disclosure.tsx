import { useId, type ReactNode } from 'react';

/**
 * A part of the side panel folded until the user asks for it: a real button that says whether it
 * is open (aria-expanded), and the content rendered only while open, so what is folded takes no
 * room, no Tab stops and no place in the keyboard review. The caller keeps the open state (the
 * list opens its fold itself when an event in it must get the focus).
 */
export function Disclosure(props: {
  /** The button's words, the same open or closed: aria-expanded says which. */
  label: ReactNode;
  open: boolean;
  onToggle: (open: boolean) => void;
  /** Wraps the button in a heading of this level, for moving by headings. */
  heading?: 2 | 3;
  className?: string;
  children: ReactNode;
}) {
  const contentId = useId();
  const button = (
    <button
      type="button"
      className="disclosure-toggle"
      aria-expanded={props.open}
      aria-controls={props.open ? contentId : undefined}
      onClick={() => props.onToggle(!props.open)}
    >
      {props.label}
    </button>
  );
  const Heading = props.heading === undefined ? null : (`h${props.heading}` as const);
  return (
    <div className={['disclosure', props.className].filter(Boolean).join(' ')}>
      {Heading ? <Heading className="disclosure-heading">{button}</Heading> : button}
      {props.open && <div id={contentId}>{props.children}</div>}
    </div>
  );
}
