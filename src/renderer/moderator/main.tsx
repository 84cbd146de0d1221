import '../lib/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ModeratorApp } from './ModeratorApp';
import '../components/base.css';
import '../studio/studio.css';
import '../studio/guests/guests.css';
import './moderator.css';

const root = document.getElementById('root');
if (!root) throw new Error('The moderator page is missing its #root element');
createRoot(root).render(
  <StrictMode>
    <ModeratorApp />
  </StrictMode>,
);
