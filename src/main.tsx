import { render } from 'preact';
import { App } from './app';
import { registerServiceWorker } from './pwa/register';
import './styles/base.css';

render(<App />, document.getElementById('app')!);
registerServiceWorker();
