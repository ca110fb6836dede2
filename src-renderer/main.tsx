import './app/zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bootStudio } from './app/boot';
import './app/styles/tokens.css';
import './app/styles/base.css';
import './app/styles/controls.css';
import './app/styles/layout.css';
import './app/styles/surfaces.css';
import './app/styles/feedback.css';
import './app/styles/screens.css';
import './app/styles/desktop.css';

void bootStudio().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
