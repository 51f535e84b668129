export const LOG_SECTIONS = [
  { id: 'events', label: 'Events' },
  { id: 'articles', label: 'Articles' },
  { id: 'corrections', label: 'Corrections' },
  { id: 'settings', label: 'Settings' },
  { id: 'about', label: 'About' },
] as const;

export type LogSection = (typeof LOG_SECTIONS)[number]['id'];

export function sectionFromHash(hash: string): LogSection {
  const id = hash.replace(/^#\/?/, '');
  return LOG_SECTIONS.find((s) => s.id === id)?.id ?? 'events';
}

export function LogNavigation({ current }: { current: LogSection }) {
  return (
    <nav className="log-nav" aria-label="Event log sections">
      {LOG_SECTIONS.map((section) => (
        <a
          key={section.id}
          href={`#/${section.id}`}
          aria-current={section.id === current ? 'page' : undefined}
        >
          {section.label}
        </a>
      ))}
    </nav>
  );
}
