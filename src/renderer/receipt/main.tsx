import '../lib/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PublicPageIntl } from '../i18n/PageIntl';
import { ReceiptApp } from './ReceiptApp';
import '../components/base.css';
import '../components/public-page.css';
import './receipt.css';

const root = document.getElementById('root');
if (!root) throw new Error('The receipt page is missing its #root element');
createRoot(root).render(
  <StrictMode>
    <PublicPageIntl>
      <ReceiptApp />
    </PublicPageIntl>
  </StrictMode>,
);
