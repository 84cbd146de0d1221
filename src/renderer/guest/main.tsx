import '../lib/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PublicPageIntl } from '../i18n/PageIntl';
import { GuestApp } from './GuestApp';
import '../components/base.css';
import '../components/public-page.css';
import './guest.css';

const root = document.getElementById('root');
if (!root) throw new Error('The guest page is missing its #root element');
createRoot(root).render(
  <StrictMode>
    <PublicPageIntl>
      <GuestApp />
    </PublicPageIntl>
  </StrictMode>,
);
