import '../lib/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PublicPageIntl } from '../i18n/PageIntl';
import { StoreApp } from './StoreApp';
import '../components/base.css';
import '../components/public-page.css';
import './store.css';

const root = document.getElementById('root');
if (!root) throw new Error('The store page is missing its #root element');
createRoot(root).render(
  <StrictMode>
    <PublicPageIntl>
      <StoreApp />
    </PublicPageIntl>
  </StrictMode>,
);
