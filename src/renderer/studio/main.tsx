import '../lib/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StudioApp } from './StudioApp';
import '../components/base.css';
import './studio.css';
import './guests/guests.css';

const root = document.getElementById('root');
if (!root) throw new Error('The studio page is missing its #root element');
createRoot(root).render(
  <StrictMode>
    <StudioApp />
  </StrictMode>,
);
