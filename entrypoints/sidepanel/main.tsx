import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SidePanel } from '@/components/SidePanel';
import '@/components/styles.css';
import { ConflictReaderDatabase } from '@/lib/storage';
import { browserPanelHost } from './panel-host';

const root = document.getElementById('root');
if (!root) throw new Error('side panel root element missing');
createRoot(root).render(
  <StrictMode>
    <SidePanel host={browserPanelHost} db={new ConflictReaderDatabase()} />
  </StrictMode>,
);
