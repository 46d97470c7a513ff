import { defineElement } from '../shared/define.js';
import { IomCentreLocator } from './centre-locator.js';

defineElement('iom-centre-locator', IomCentreLocator);
export { IomCentreLocator };
