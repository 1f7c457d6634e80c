import { render } from 'preact';
import { App } from '../../src/options/App';
import '../../src/options/options.css';

const root = document.getElementById('app');
if (root !== null) render(<App />, root);
